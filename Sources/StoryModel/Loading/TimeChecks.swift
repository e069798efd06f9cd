/// Checks on the times of version 2 that relate a time to another: words are said before they
/// are reported, and the latest report's time of an event is the event's own.
enum TimeChecks {
    /// A claim's words cannot be reported before they were said: the earliest day `said` allows
    /// must not come after the day of the first of the claim's documents to come out.
    static func said(
        _ time: ResolvedTime, notAfterTheFirstOf evidence: [Evidence], _ resolver: EvidenceResolver,
        _ reader: ObjectReader
    ) {
        let documents = resolver.documents
        let reporting = Set(evidence.compactMap { resolver.documentIndex[$0.document] }).compactMap { index in
            documents[index].published.map { (id: documents[index].id, day: $0.day) }
        }
        guard let earliest = time.firstDay,
            let first = reporting.min(by: { ($0.day, $0.id) < ($1.day, $1.id) }), earliest > first.day
        else { return }
        reader.error(
            "the words are dated \(time.isoDescription), after their document \(quoted(first.id)) came out on \(first.day.iso): words cannot be reported before they are said",
            key: "resolved")
    }

    /// The latest report's time, where it gives one, is the event's `when`: the event's time
    /// follows its latest report, as its status does.
    static func latestReport(_ theirs: When, agreesWith when: When, _ report: ObjectReader) {
        guard let time = theirs.resolved, when.resolved.map({ !$0.sameDays(as: time) }) ?? true else { return }
        let own = when.resolved.map(\.isoDescription) ?? "no date"
        report.error(
            "this latest report's time, \(time.isoDescription), differs from the event's \"when\", \(own): the event's time is the latest report's; leave this \"when\" out, or make them agree",
            key: "when")
    }
}

extension ResolvedTime {
    /// "2025-06-06", "the week of 2025-06-02", "on or before 2025-06-05": a time in a message.
    var isoDescription: String {
        switch precision {
        case .day: start?.iso ?? "?"
        case .week: "the week of \(start?.iso ?? "?")"
        case .range: "\(start?.iso ?? "?") to \(end?.iso ?? "?")"
        case .before: "on or before \(end?.iso ?? "?")"
        case .after: "on or after \(start?.iso ?? "?")"
        }
    }
}
