extension Journal {
    /// The grid id and SHA-256 the journal currently follows: the header's, or the last move's
    /// (`resume --grid`).
    public var pinnedGrid: (id: String, sha256: String) {
        var pinned = (id: header.grid, sha256: header.gridSHA256)
        for entry in entries {
            if case .grid(let id, _, let sha256) = entry.event { pinned = (id, sha256) }
        }
        return pinned
    }
}
