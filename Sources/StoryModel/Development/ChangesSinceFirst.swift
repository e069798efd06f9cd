/// What a reader of the first document has missed: what changed by the latest.
extension StoryDevelopment {
    public struct Changes: Sendable, Hashable {
        /// Events whose status or time differs between the first report and the last.
        public var changed: [Int]
        /// Events still expected for a day that has passed, with no report since (those not
        /// already among `changed`).
        public var overdue: [Int]
        /// Events no document earlier than the latest speaks of.
        public var new: [Int]

        public var isEmpty: Bool { changed.isEmpty && overdue.isEmpty && new.isEmpty }
    }

    /// The changes between the first document and the latest, in timeline order; nil for a
    /// story of one document.
    public func changesSinceFirst() -> Changes? {
        let order = documentsInTimeOrder
        guard order.count > 1, let first = order.first else { return nil }
        let firstID = story.documents[first].id
        // Each event's fields read in place: a story of 100,000 events costs no copies.
        let events = story.events
        let changed = index.timeline.filter { event in
            events[event].reports.count > 1
                && (events[event].reports.first?.status != events[event].reports.last?.status || timeMoved(event))
        }
        let changedSet = Set(changed)
        let overdue = index.timeline.filter { !changedSet.contains($0) && isOverdue($0) }
        let new = index.timeline.filter { event in
            guard !events[event].evidence.isEmpty else { return false }
            return !events[event].evidence.contains { $0.document == firstID }
                && !events[event].when.evidence.contains { $0.document == firstID }
                && !events[event].reports.contains { $0.evidence.contains { $0.document == firstID } }
                && !events[event].links.contains { $0.evidence.contains { $0.document == firstID } }
        }
        return Changes(changed: changed, overdue: overdue, new: new)
    }

    /// What changed of one event, for its line under "Since the first report": its history
    /// ("scheduled (3 Jun) → cancelled (10 Jun)", "scheduled for 3 Jun (26 May) → scheduled
    /// for 12 Jun (1 Jun)") or its status, and, when it is overdue, "no report since 3 Jun"
    /// ("scheduled, no report since 3 Jun").
    public func changeText(
        _ eventIndex: Int, arrow: String, document name: (Int) -> String, time: (When) -> String
    ) -> String {
        let event = story.events[eventIndex]
        // One report's history would only repeat the day "no report since" gives.
        let history =
            event.reports.count > 1
            ? statusHistoryText(eventIndex, arrow: arrow, document: name, time: time) : nil
        let status = history ?? event.status.label
        let outcome = outcome(of: eventIndex)
        guard outcome.kind == .noReportSince else { return status }
        return status + ", " + outcome.label(document: name)
    }
}
