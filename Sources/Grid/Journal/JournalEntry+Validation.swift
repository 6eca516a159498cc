extension JournalEntry {
    /// Whether the event's values are ones this program writes, so that a hand-edited line
    /// cannot put into a case record what its schema refuses, or send a reader after a grid
    /// no file can be.
    ///
    /// An answer's seconds are a time someone could spend (finite, not negative); a move to
    /// another grid names it by a SHA-256 digest; a coding names a real segment with codebook-shaped ids.
    var isSound: Bool {
        switch event {
        case .answer(_, _, let seconds, _), .special(_, _, let seconds): return seconds.isFinite && seconds >= 0
        case .grid(_, _, let sha256): return HexDigest.isSHA256(sha256)
        case .code(let coding): return coding.isSound
        default: return true
        }
    }
}
