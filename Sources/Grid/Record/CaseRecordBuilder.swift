import Foundation

/// Builds the case record of a journal on its grid: only the last event about a question counts.
///
/// Anonymised, a record leaves out the personal questions — those marked `personal` and those
/// piped (`from:`) from one — and the interviewer, uses the UUID as the case id, and keeps no
/// note or quote (they are free text, where names slip in) unless `keepNotes`: then the notes and
/// quotes of the questions it keeps, and those taken between questions, stay.
public struct CaseRecordBuilder: Sendable {
    public var anonymise: Bool
    /// Under `anonymise`, keep notes and quotes (except those of the personal questions left out).
    public var keepNotes: Bool

    public init(anonymise: Bool = false, keepNotes: Bool = false) {
        self.anonymise = anonymise
        self.keepNotes = keepNotes
    }

    /// Whether notes and quotes go in the record.
    private var withAnnotations: Bool { !anonymise || keepNotes }

    public func record(journal: Journal, grid loaded: LoadedGrid) -> CaseRecord {
        let grid = loaded.grid
        let state = SessionState(grid: grid, replaying: journal.entries)
        let evaluation = state.evaluate()
        let readings = InterviewClock.readings(journal)
        let offsets = Self.questionOffsets(journal, readings: readings)
        var number = 0
        let sections = grid.sections.map { section in
            CaseRecord.RecordSection(id: section.id, title: section.title, label: section.label, questions: section.questions.compactMap { question in
                number += 1
                let personal = grid.index.isPersonal(at: number - 1)
                guard !(anonymise && personal) else { return nil }
                var record = recordQuestion(question, number: number, personal: personal, state: state, evaluation: evaluation)
                if record.answeredAt != nil { record.offset = offsets[question.id].map(InterviewClock.text) }
                return record
            })
        }
        func loose(_ annotations: [Annotation]) -> [RecordAnnotation] {
            annotations.filter { $0.question.map { grid.index.position(of: $0) == nil } ?? true }
                .map { RecordAnnotation(text: $0.text, at: Timestamp.format($0.at), question: $0.question) }
        }
        let header = journal.header
        var record = CaseRecord(
            recordFormat: CaseRecord.currentFormat,
            caseID: anonymise ? header.uuid : header.caseID,
            uuid: header.uuid,
            anonymised: anonymise,
            grid: .init(id: grid.id, version: grid.version, sha256: loaded.sha256, title: grid.title, language: grid.language),
            interview: .init(interviewer: anonymise ? nil : header.interviewer, started: header.started,
                             ended: state.lifecycle == .completed ? state.completedAt.map(Timestamp.format) : nil,
                             totalSeconds: Self.activeSeconds(journal), pauses: state.pauseCount, status: state.lifecycle),
            sections: sections,
            notes: withAnnotations ? loose(state.notes) : [],
            quotes: withAnnotations ? loose(state.quotes) : [],
            marks: withAnnotations ? Self.marks(journal, readings: readings, grid: grid, anonymise: anonymise) : []
        )
        record.consent = RecordConsent(grid.consent, in: record)
        record.codings = Self.codings(state.codings, in: record)
        return record
    }

    /// The codings with codes whose words the record still holds, in grid order.
    static func codings(_ codings: [Coding], in record: CaseRecord) -> [RecordCoding] {
        guard !codings.isEmpty else { return [] }
        // The texts are listed once, not once per coding.
        let texts = record.codableTexts
        var order: [CodingTarget: Int] = [:]
        for (position, text) in texts.enumerated() { order[text.target] = position }
        let located: [(Int, RecordCoding)] = codings.compactMap { coding in
            // A whole list answer is not one of the listed texts: the record joins its items.
            let listed = order[coding.target].map { texts[$0] }
            guard !coding.codes.isEmpty, let target = listed ?? (coding.target.part == .answer ? record.text(of: coding.target) : nil),
                  let found = coding.located(in: target.text) else { return nil }
            // A whole list answer sits where its first item does.
            let position = order[coding.target] ?? coding.target.question.flatMap { order[.item($0, 1)] } ?? order.count
            return (position, RecordCoding(found, section: target.section))
        }
        return located.sorted { ($0.0, $0.1.start) < ($1.0, $1.1.start) }.map(\.1)
    }

    /// For each question, when it was put on screen for its last answer, skip or special answer:
    /// the clock's reading at that event less the seconds spent on the question.
    static func questionOffsets(_ journal: Journal, readings: [Double]) -> [String: Double] {
        var offsets: [String: Double] = [:]
        for (entry, reading) in zip(journal.entries, readings) {
            switch entry.event {
            case .answer(let id, _, let seconds, _), .special(let id, _, let seconds):
                offsets[id] = max(0, reading - (seconds.isFinite ? seconds : 0))
            case .skip(let id): offsets[id] = reading
            case .clear(let id): offsets[id] = nil
            default: break
            }
        }
        return offsets
    }

    /// The markers, with their readings; anonymised, those dropped at a personal question are left out.
    private static func marks(_ journal: Journal, readings: [Double], grid: Grid, anonymise: Bool) -> [RecordMark] {
        zip(journal.entries, readings).compactMap { entry, reading in
            guard case .mark(let id, let text) = entry.event else { return nil }
            if anonymise, let id, let position = grid.index.position(of: id), grid.index.isPersonal(at: position) { return nil }
            return RecordMark(text: text, at: Timestamp.format(entry.at), offset: InterviewClock.text(reading), question: id)
        }
    }

    /// The record of the question numbered `number` in the whole grid.
    private func recordQuestion(_ question: Question, number: Int, personal: Bool, state: SessionState, evaluation: Evaluation) -> RecordQuestion {
        let position = number - 1
        let status = evaluation.status(at: position)
        let response = state.responses[question.id]
        let value = status == .answered ? evaluation.value(at: position).map { RecordValue($0, question: question) } : nil
        let counted = status != .notApplicable && status != .unanswered
        func attached(_ annotations: [Annotation]) -> [RecordAnnotation] {
            guard withAnnotations else { return [] }
            return annotations.filter { $0.question == question.id }.map { RecordAnnotation(text: $0.text, at: Timestamp.format($0.at)) }
        }
        return RecordQuestion(
            id: question.id, number: number, text: question.text, label: question.label, type: question.type,
            unit: question.unit, personal: personal, status: status, value: value,
            notes: attached(state.notes), quotes: attached(state.quotes),
            answeredAt: counted ? response.map { Timestamp.format($0.at) } : nil,
            seconds: counted ? response.map(\.seconds).flatMap { $0.isFinite ? $0 : nil } : nil,
            earlier: counted ? nil : response.map { Self.earlier($0, question: question) },
            said: value.flatMap { Self.said(response, of: $0) }
        )
    }

    /// A response kept in the journal that no longer counts (the question is not applicable, or a
    /// rank lost ranked items): what it was, so the record still says it.
    static func earlier(_ response: Response, question: Question) -> RecordEarlierAnswer {
        let status: QuestionStatus
        var value: RecordValue?
        switch response.kind {
        case .answered(let answer):
            status = .answered
            value = RecordValue(answer, question: question)
        case .skipped: status = .skipped
        case .special(.dontKnow): status = .dontKnow
        case .special(.refused): status = .refused
        }
        return RecordEarlierAnswer(status: status, value: value, answeredAt: Timestamp.format(response.at),
                                   seconds: response.seconds.isFinite ? response.seconds : nil,
                                   said: value.flatMap { said(response, of: $0) })
    }

    /// The words a number answer was said with; none for other values (a journal edited by hand).
    static func said(_ response: Response?, of value: RecordValue) -> String? {
        guard case .number = value, let said = response?.said, !said.isEmpty else { return nil }
        return said
    }

    /// Seconds the interview was open: from the start or each resume to the next pause or completion.
    static func activeSeconds(_ journal: Journal) -> Double {
        var time = ActiveTime(start: journal.header.startDate)
        for entry in journal.entries { time.add(entry) }
        return (time.seconds * 10).rounded() / 10
    }
}
