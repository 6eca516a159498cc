/// Theme codes given to a segment of what was said: a journal `code` event.
///
/// The segment is `text`, found at `start..<end` in the target's text, both counted in Unicode
/// code points (the characters of REFI-QDA's plain-text selections), from 0. A whole answer is
/// the segment from 0 to its length. Codes are ids of the grid's codebook: a theme (`ancrage`)
/// or one of its codes (`ancrage.mobilisation`). The last coding of a segment by a coder wins;
/// one with no codes takes that coder's codes off the segment.
public struct Coding: Sendable, Equatable {
    public var target: CodingTarget
    public var start: Int
    public var end: Int
    /// The segment as it read when it was coded: a later edit of the answer that loses it
    /// leaves the coding stale rather than moved onto other words.
    public var text: String
    public var codes: [String]
    public var coder: String?

    public init(target: CodingTarget, start: Int, end: Int, text: String, codes: [String], coder: String?) {
        self.target = target
        self.start = start
        self.end = end
        self.text = text
        self.codes = codes
        self.coder = coder
    }

    /// What makes two codings the same segment for the same coder: the later replaces the earlier.
    public var key: Key { Key(target: target, start: start, end: end, coder: coder) }

    /// The identity of a coded segment for one coder.
    public struct Key: Sendable, Hashable {
        public var target: CodingTarget
        public var start: Int
        public var end: Int
        public var coder: String?
    }

    /// Whether the segment is the whole of `text`.
    public func coversWhole(of text: String) -> Bool {
        start == 0 && end == text.unicodeScalars.count
    }
}
