import StoryModel

/// How a story develops across its documents: what each said of an event's status, what was
/// expected and what came of it, and what changed from the first document to the latest.
extension BrowserContext {
    /// What came of an event that was once expected, and the report that says so.
    public struct Outcome: Sendable, Hashable {
        public enum Kind: String, Sendable {
            case happened, cancelled
            case open = "still open"
            case unconfirmed
        }
        public var kind: Kind
        /// The document whose report gives the outcome; nil when the event has no reports.
        public var document: Int?
    }

    /// Whether any event was expected: the story has something for the expectations view.
    public var hasExpectations: Bool { !listRows(.timeline, filter: nil, outcomes: true).isEmpty }

    /// Whether any document expected the event, or it is still to come: the events the
    /// expectations view lists.
    static func wasExpected(_ event: Event) -> Bool {
        event.status.isPending || event.reports.contains { $0.status.isPending }
    }

    public func outcome(of eventIndex: Int) -> Outcome {
        let event = story.events[eventIndex]
        let kind: Outcome.Kind =
            switch event.status {
            case .happened, .ongoing: .happened
            case .cancelled: .cancelled
            case .unconfirmed: .unconfirmed
            case .scheduled, .expected, .proposed: .open
            }
        return Outcome(kind: kind, document: event.reports.last.flatMap { index.documentByID[$0.document] })
    }

    /// "cancelled 10 Jun": what came of an expected event, and when the report that says so
    /// came out.
    public func outcomeLabel(_ eventIndex: Int) -> String {
        let outcome = outcome(of: eventIndex)
        return outcome.kind.rawValue + (outcome.document.map { " " + documentShortLabel($0) } ?? "")
    }

    /// "3 Jun" for a document with a date, else its title, shortened: when it was said.
    public func documentShortLabel(_ document: Int) -> String {
        story.documents[document].published?.day.short
            ?? Wrap.clip(visibleText(story.documents[document].title), width: 20, ellipsis: glyphs.ellipsis)
    }

    /// "scheduled (3 Jun) → cancelled (10 Jun)": an event's status as each document reported it.
    public func statusHistory(_ eventIndex: Int) -> String? {
        let reports = story.events[eventIndex].reports
        guard reports.count > 1 || (reports.count == 1 && story.documents.count > 1) else { return nil }
        return reports.map { report in
            let when = index.documentByID[report.document].map { " (\(documentShortLabel($0)))" } ?? ""
            return report.status.label + when
        }.joined(separator: " \(glyphs.arrow) ")
    }

    /// An event's statuses as reported, as marks ("◷→✗"), when they changed: for its row.
    public func statusMarks(_ eventIndex: Int) -> String? {
        var statuses: [Event.Status] = []
        for report in story.events[eventIndex].reports where statuses.last != report.status {
            statuses.append(report.status)
        }
        guard statuses.count > 1 else { return nil }
        return statuses.map { $0.mark(ascii: style.ascii) }.joined(separator: glyphs.arrow)
    }

    /// The story's documents in the order they came out (undated ones last, in file order).
    public var documentsInTimeOrder: [Int] { story.documents.indicesInTimeOrder }

    /// The events whose status changed between the reports, and the events no earlier
    /// document than the latest speaks of: what a reader of the first article has missed.
    public func changesSinceFirst() -> (changed: [Int], new: [Int])? {
        let order = documentsInTimeOrder
        guard order.count > 1, let first = order.first else { return nil }
        let firstID = story.documents[first].id
        // Each event's fields read in place: a story of 100,000 events costs no copies.
        let events = story.events
        let changed = index.timeline.filter { event in
            events[event].reports.count > 1 && events[event].reports.first?.status != events[event].reports.last?.status
        }
        let new = index.timeline.filter { event in
            guard !events[event].evidence.isEmpty else { return false }
            return !events[event].evidence.contains { $0.document == firstID }
                && !events[event].when.evidence.contains { $0.document == firstID }
                && !events[event].reports.contains { $0.evidence.contains { $0.document == firstID } }
                && !events[event].links.contains { $0.evidence.contains { $0.document == firstID } }
        }
        return (changed, new)
    }

    /// A claim's speaker as a reader names them: the entity's name, or the title of the
    /// document that speaks in its own voice.
    public func speakerName(_ id: String) -> String {
        if let entity = index.entityByID[id] { return story.entities[entity].name }
        if let document = index.documentByID[id] { return "\u{201C}\(story.documents[document].title)\u{201D}" }
        return id
    }
}
