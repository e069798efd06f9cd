/// A contested question and the sides taken on it. Claims on different sides of one topic
/// stand against each other; `others` holds third voices that take no side.
public struct Topic: Sendable, Hashable {
    public struct Side: Sendable, Hashable {
        public var label: String
        public var summary: String?
        public var claims: [String]

        public init(label: String, summary: String? = nil, claims: [String]) {
            self.label = label
            self.summary = summary
            self.claims = claims
        }
    }

    public var id: String
    public var question: String
    public var summary: String?
    public var sides: [Side]
    public var others: [String]
    /// Made by `storyscope draft` and not yet checked by a person; the author removes the mark.
    public var drafted = false

    public init(id: String, question: String, summary: String? = nil, sides: [Side], others: [String] = []) {
        self.id = id
        self.question = question
        self.summary = summary
        self.sides = sides
        self.others = others
    }
}
