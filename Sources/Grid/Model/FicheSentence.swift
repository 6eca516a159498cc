/// One way of writing a fiche line: a template, and the condition under which it is the one used.
public struct FicheSentence: Sendable, Equatable {
    public var template: FicheTemplate
    /// When set, the sentence is written only if the condition holds for the case's answers.
    public var when: Condition?

    public init(template: FicheTemplate, when: Condition? = nil) {
        self.template = template
        self.when = when
    }
}
