import Foundation
import Grid

/// An error from Foundation or the system that none of ours wrapped, said in our own words.
///
/// Foundation's descriptions ("The operation could not be completed. (NSCocoaErrorDomain
/// error 256.)", "Error Domain=…") never reach the user: the file the error names, when it names
/// one, and the system's reason (`strerror` of the POSIX code under it) do.
struct SystemError: UserFacingError {
    /// The file the error is about, when it names one.
    let path: String?
    /// The system's reason, when one can be found (`Permission denied`).
    let reason: String?
    /// The error's type, for an error that is neither about a file nor the system's.
    let kind: String

    /// Our sentence for `error`; nil for the errors that already say themselves: ours
    /// (`UserFacingError`) and swift-argument-parser's (help, usage, exit codes).
    init?(_ error: any Error) {
        if error is UserFacingError { return nil }
        let type = String(reflecting: Swift.type(of: error))
        if type.hasPrefix("ArgumentParser.") { return nil }
        let bridged = error as NSError
        kind = type
        path = bridged.userInfo[NSFilePathErrorKey] as? String
            ?? (bridged.userInfo[NSURLErrorKey] as? URL).map(\.path)
        reason = Self.posixCode(of: bridged).map { String(cString: strerror($0)) }
    }

    /// The POSIX code under a Foundation error: its own, the one it wraps, or the one its Cocoa code means.
    private static func posixCode(of error: NSError) -> Int32? {
        if error.domain == NSPOSIXErrorDomain { return Int32(truncatingIfNeeded: error.code) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(truncatingIfNeeded: underlying.code)
        }
        guard error.domain == NSCocoaErrorDomain else { return nil }
        switch CocoaError.Code(rawValue: error.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return ENOENT
        case .fileReadNoPermission, .fileWriteNoPermission: return EACCES
        case .fileWriteOutOfSpace: return ENOSPC
        case .fileWriteVolumeReadOnly: return EROFS
        case .fileReadTooLarge: return EFBIG
        case .fileWriteFileExists: return EEXIST
        case .fileLocking: return ENOLCK
        case .fileReadCorruptFile, .fileReadInapplicableStringEncoding, .fileReadUnknownStringEncoding: return EILSEQ
        default: return nil
        }
    }

    var exitCode: ExitStatus { .ioError }
}
