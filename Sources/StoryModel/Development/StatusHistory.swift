/// An event's status as each document reported it, in the order the documents came out.
extension StoryDevelopment {
    /// One document's word on an event's status, and on its time.
    public struct ReportedStatus: Sendable, Hashable {
        public var report: StatusReport
        /// The reporting document; nil if the report names none the story has.
        public var document: Int?
        /// The time of the event as this document gave it: the report's own, else the event's.
        public var time: When
        /// The time the last report before this one with a date gave, where this one moved the
        /// event from it to another.
        public var movedFrom: When?
        /// Whether the history says this report's time: some report moved the event, and this
        /// is the first report or one that moved it.
        public var showsTime: Bool
    }

    /// The reports of an event worth showing as a history: more than one, or one in a story of
    /// several documents (which then says which document it was). Nil otherwise.
    public func statusHistory(_ eventIndex: Int) -> [ReportedStatus]? {
        let event = story.events[eventIndex]
        let reports = event.reports
        guard reports.count > 1 || (reports.count == 1 && hasSeveralDocuments) else { return nil }
        var steps: [ReportedStatus] = []
        // A report without a date neither moves the event nor is moved from.
        var dated: When?
        for report in reports {
            let time = report.when ?? event.when
            let moved = dated.flatMap { time.movedFrom($0) ? $0 : nil }
            if time.resolved != nil { dated = time }
            steps.append(
                ReportedStatus(
                    report: report, document: index.documentByID[report.document], time: time, movedFrom: moved,
                    showsTime: false))
        }
        if steps.contains(where: { $0.movedFrom != nil }) {
            for position in steps.indices where position == 0 || steps[position].movedFrom != nil {
                steps[position].showsTime = true
            }
        }
        return steps
    }

    /// "scheduled (3 Jun) → cancelled (10 Jun)", and where the event moved, each report's time
    /// where it is first given or moved: "scheduled for 3 Jun (26 May) → scheduled for 12 Jun
    /// (1 Jun) → happened (12 Jun)". The arrow, the naming of documents and the wording of a
    /// time are the caller's medium's.
    public func statusHistoryText(
        _ eventIndex: Int, arrow: String, document name: (Int) -> String, time: (When) -> String
    ) -> String? {
        statusHistory(eventIndex)?.map { step in
            step.report.status.label + (step.showsTime ? " " + Self.timePhrase(step, time(step.time)) : "")
                + (step.document.map { " (\(name($0)))" } ?? "")
        }.joined(separator: " \(arrow) ")
    }

    /// What a report says of the time, beside its status, where the history says it: "for
    /// 3 Jun" at the first report, "moved from 3 Jun to 12 Jun" where the report moved it.
    public static func timeWording(_ step: ReportedStatus, time: (When) -> String) -> String? {
        guard step.showsTime else { return nil }
        guard let from = step.movedFrom else { return timePhrase(step, time(step.time)) }
        return "moved from \(time(from)) to \(time(step.time))"
    }

    /// "for 3 Jun" for what is expected, cancelled or unconfirmed; "on 12 Jun" for what
    /// happened on a day, and the time alone for what happened over a span.
    static func timePhrase(_ step: ReportedStatus, _ time: String) -> String {
        switch step.report.status {
        case .happened, .ongoing: step.time.resolved?.precision == .day ? "on \(time)" : time
        default: "for \(time)"
        }
    }

    /// The statuses an event went through, each once in a row, when there were several.
    public func statusChanges(_ eventIndex: Int) -> [Event.Status]? {
        var statuses: [Event.Status] = []
        for report in story.events[eventIndex].reports where statuses.last != report.status {
            statuses.append(report.status)
        }
        return statuses.count > 1 ? statuses : nil
    }

    /// Whether the event's time moved between its first report and its latest.
    public func timeMoved(_ eventIndex: Int) -> Bool {
        let event = story.events[eventIndex]
        guard let first = event.reports.first, let last = event.reports.last, event.reports.count > 1 else {
            return false
        }
        return (last.when ?? event.when).movedFrom(first.when ?? event.when)
    }
}
