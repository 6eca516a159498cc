extension Grid {
    /// The grid's question a record's answer belongs to (with its singular unit), or, for a
    /// record whose grid no longer has it, the question as the record describes it.
    func question(for recorded: RecordQuestion) -> Question {
        if let question = question(id: recorded.id) { return question }
        var described = Question(id: recorded.id, text: recorded.text, type: recorded.type)
        described.unit = recorded.unit
        return described
    }
}
