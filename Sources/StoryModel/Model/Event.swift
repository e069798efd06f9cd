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
    /// How other events stand to this one: this event follows one, is its outcome, and so on.
    public var links: [EventLink]
    /// The status as each document reported it, in the order of the documents' days: what was
    /// expected, and then what happened. `status` is the latest.
    public var reports: [StatusReport]
    /// Made by `storyscope draft` and not yet checked by a person; the author removes the mark.
    public var drafted = false

    public init(
        id: String, title: String, summary: String, status: Status, when: When,
        participants: [String] = [], place: String? = nil, evidence: [Evidence], links: [EventLink] = [],
        reports: [StatusReport] = []
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.status = status
        self.when = when
        self.participants = participants
        self.place = place
        self.evidence = evidence
        self.links = links
        self.reports = reports
    }
}

/// "This event follows that one", with the words of the source that say so.
public struct EventLink: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case follows
        case outcomeOf = "outcome-of"
        case replaces
        case partOf = "part-of"

        /// Reads as "this event <phrase> the other".
        public var phrase: String {
            switch self {
            case .follows: "follows"
            case .outcomeOf: "is an outcome of"
            case .replaces: "replaces"
            case .partOf: "is part of"
            }
        }

        /// Reads as "the other event <phrase> this one", for the other event's page.
        public var inversePhrase: String {
            switch self {
            case .follows: "is followed by"
            case .outcomeOf: "led to"
            case .replaces: "is replaced by"
            case .partOf: "includes"
            }
        }
    }

    public var kind: Kind
    /// The other event's id.
    public var event: String
    public var evidence: [Evidence]

    public init(kind: Kind, event: String, evidence: [Evidence]) {
        self.kind = kind
        self.event = event
        self.evidence = evidence
    }
}

/// An event's status as one document reported it.
public struct StatusReport: Sendable, Hashable {
    public var document: String
    public var status: Event.Status
    public var evidence: [Evidence]
    /// The time of the event as this document gave it, where that differs from the event's own
    /// `when` (a match first set for 3 June, then moved to 12 June); nil when they agree.
    public var when: When?

    public init(document: String, status: Event.Status, evidence: [Evidence], when: When? = nil) {
        self.document = document
        self.status = status
        self.evidence = evidence
        self.when = when
    }
}
