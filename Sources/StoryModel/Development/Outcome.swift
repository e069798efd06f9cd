/// What came of an event that was once expected, and which report says so.
public struct EventOutcome: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case happened, cancelled
        case open = "still open"
        /// Still expected, for another time than first reported.
        case moved
        case unconfirmed
        /// Still expected, but its day passed before the latest document, which says nothing
        /// of it: the last word on it is older than the story.
        case noReportSince = "no report since"
    }
    public var kind: Kind
    /// The document whose report gives the outcome (for `noReportSince`, the last that spoke of
    /// the event; for `moved`, the last that moved it); nil when the event has no reports.
    public var document: Int?

    public init(kind: Kind, document: Int?) {
        self.kind = kind
        self.document = document
    }

    /// "cancelled 10 Jun", "moved 1 Jun", "no report since 3 Jun": the outcome and the day of the
    /// report, with documents named as the caller's medium names them.
    public func label(document name: (Int) -> String) -> String {
        kind.rawValue + (document.map { " " + name($0) } ?? "")
    }
}

extension StoryDevelopment {
    /// Whether any document expected the event, or it is still to come.
    public static func wasExpected(_ event: Event) -> Bool {
        event.status.isPending || event.reports.contains { $0.status.isPending }
    }

    public func outcome(of eventIndex: Int) -> EventOutcome {
        let event = story.events[eventIndex]
        if let since = lastWordIfOverdue(eventIndex) { return EventOutcome(kind: .noReportSince, document: since) }
        let kind: EventOutcome.Kind =
            switch event.status {
            case .happened, .ongoing: .happened
            case .cancelled: .cancelled
            case .unconfirmed: .unconfirmed
            case .scheduled, .expected, .proposed: .open
            }
        if kind == .open, timeMoved(eventIndex),
            let moved = statusHistory(eventIndex)?.last(where: { $0.movedFrom != nil })
        {
            return EventOutcome(kind: .moved, document: moved.document)
        }
        return EventOutcome(kind: kind, document: event.reports.last.flatMap { index.documentByID[$0.document] })
    }

    /// Whether an event is still expected for a day that is past: see `lastWordIfOverdue`.
    public func isOverdue(_ eventIndex: Int) -> Bool { lastWordIfOverdue(eventIndex) != nil }

    /// The document that last spoke of a pending event, when its day ended before the latest
    /// document came out and no document of that latest day spoke of it since. An event
    /// without reports counts the documents its evidence and wording are in.
    func lastWordIfOverdue(_ eventIndex: Int) -> Int? {
        let event = story.events[eventIndex]
        guard event.status.isPending, let latestDay, let lastDay = event.when.resolved?.lastDay, lastDay < latestDay
        else { return nil }
        let spoke: Int?
        if let report = event.reports.last {
            spoke = index.documentByID[report.document]
        } else {
            spoke = (event.evidence + event.when.evidence).compactMap { index.documentByID[$0.document] }
                .max { (day(ofDocument: $0)?.ordinal ?? .min) < (day(ofDocument: $1)?.ordinal ?? .min) }
        }
        guard let spoke, let spokeDay = day(ofDocument: spoke), spokeDay < latestDay else { return nil }
        return spoke
    }
}
