#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's `read`, `write`, `close` and `signal` under a name no method of the test
/// harness shadows, on every platform (`Glibc.close` names only one C library).
enum LibC {
    /// A signal handler, as `signal` takes and returns it (`sighandler_t` on Linux, `sig_t` on macOS).
    typealias Handler = @convention(c) (Int32) -> Void

    static func read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { cRead(fd, buffer, count) }
    static func write(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { cWrite(fd, buffer, count) }
    @discardableResult static func close(_ fd: Int32) -> Int32 { cClose(fd) }
    @discardableResult static func signal(_ number: Int32, _ handler: Handler?) -> Handler? { cSignal(number, handler) }
}

private func cRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(fd, buffer, count) }
private func cWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { write(fd, buffer, count) }
private func cClose(_ fd: Int32) -> Int32 { close(fd) }
private func cSignal(_ number: Int32, _ handler: LibC.Handler?) -> LibC.Handler? { signal(number, handler) }
