/// An event's status as each document reported it, in the order the documents came out.
extension StoryDevelopment {
    /// One document's word on an event's status.
    public struct ReportedStatus: Sendable, Hashable {
        public var report: StatusReport
        /// The reporting document; nil if the report names none the story has.
        public var document: Int?
    }

    /// The reports of an event worth showing as a history: more than one, or one in a story of
    /// several documents (which then says which document it was). Nil otherwise.
    public func statusHistory(_ eventIndex: Int) -> [ReportedStatus]? {
        let reports = story.events[eventIndex].reports
        guard reports.count > 1 || (reports.count == 1 && hasSeveralDocuments) else { return nil }
        return reports.map { ReportedStatus(report: $0, document: index.documentByID[$0.document]) }
    }

    /// "scheduled (3 Jun) → cancelled (10 Jun)", with the arrow and the naming of documents
    /// the caller's medium uses.
    public func statusHistoryText(_ eventIndex: Int, arrow: String, document name: (Int) -> String) -> String? {
        statusHistory(eventIndex)?.map { step in
            step.report.status.label + (step.document.map { " (\(name($0)))" } ?? "")
        }.joined(separator: " \(arrow) ")
    }

    /// The statuses an event went through, each once in a row, when there were several.
    public func statusChanges(_ eventIndex: Int) -> [Event.Status]? {
        var statuses: [Event.Status] = []
        for report in story.events[eventIndex].reports where statuses.last != report.status {
            statuses.append(report.status)
        }
        return statuses.count > 1 ? statuses : nil
    }
}
