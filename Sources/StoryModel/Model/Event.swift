public struct Event: Sendable, Hashable {
    public enum Status: String, Sendable, CaseIterable {
        case happened
        case ongoing
        case scheduled
        case expected
        case proposed
        case cancelled
        /// Reported by others but not confirmed.
        case unconfirmed
    }

    public var id: String
    public var title: String
    public var summary: String
    public var status: Status
    public var when: When
    public var participants: [String]
    public var place: String?
    public var evidence: [Evidence]

    public init(
        id: String, title: String, summary: String, status: Status, when: When,
        participants: [String] = [], place: String? = nil, evidence: [Evidence]
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.status = status
        self.when = when
        self.participants = participants
        self.place = place
        self.evidence = evidence
    }
}
