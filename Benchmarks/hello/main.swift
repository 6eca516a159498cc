// The bare Swift program start that `interview`'s start-up is compared with.
print("hello")
