/// The parts of the briefing that say how a story developed across its documents: what
/// changed since the first report, what came of an expectation whose day passed, how events
/// link, and which claim answers which. Each reads `StoryDevelopment`, as the browser does;
/// a story of one document, without reports, links or replies, gets none of them.
extension BriefingWriter {
    /// "3 Jun 2025" for a document with a date, else its title: when it was said.
    func documentName(_ document: Int) -> String {
        story.documents[document].published.map { $0.day.medium } ?? text(story.documents[document].title)
    }

    /// "3 Jun 2025", "1 Jul 2025 – 31 Jul 2025 (inferred)": a time in a history of reports.
    func timeName(_ when: When) -> String {
        text(when.label(day: \.medium, dash: " – ", inferredMark: " (inferred)"))
    }

    /// "7 Jun 2025, inferred": when a claim was made, where the story tells (see
    /// `StoryDevelopment.claimTime`).
    func claimDate(_ claim: Int) -> String? {
        development.claimTime(claim).map { text($0.label(day: \.medium, dash: " – ", inferredMark: ", inferred")) }
    }

    /// What a reader of the first report has missed: statuses that changed, expectations whose
    /// day passed with no report since, and events only later reports speak of.
    mutating func sinceFirstReport() {
        guard let changes = development.changesSinceFirst(), !changes.isEmpty,
            let first = development.documentsInTimeOrder.first, let last = development.documentsInTimeOrder.last
        else { return }
        line("## Since the first report")
        line()
        line(
            "From \u{201C}\(text(story.documents[first].title))\u{201D} (\(documentName(first))) to \u{201C}\(text(story.documents[last].title))\u{201D} (\(documentName(last))):"
        )
        line()
        for event in changes.changed + changes.overdue {
            line(
                "- **\(text(story.events[event].title))**: \(development.changeText(event, arrow: "→", document: documentName, time: timeName))."
            )
        }
        if !changes.new.isEmpty {
            let new = changes.new.map { "\(text(story.events[$0].title)) [\(story.events[$0].status.label)]" }
            line("- *New in later reports:* " + new.joined(separator: "; ") + ".")
        }
        line()
    }

    /// " *The sources say:* “next month” (3 Jun 2025); “in July” (10 Jun 2025).": each
    /// document's own wording of the time, when several give it.
    func wordingInEachDocument(_ event: Event) -> String {
        guard event.when.evidence.count > 1 else { return "" }
        let wordings = event.when.evidence.map { evidence in
            "\u{201C}\(text(evidence.excerpt))\u{201D}"
                + (index.documentByID[evidence.document].map { " (\(documentName($0)))" } ?? "")
        }
        return " *The sources say:* " + wordings.joined(separator: "; ") + "."
    }

    /// " *Outcome:* no report since 3 Jun 2025.": said of an event still expected for a day
    /// that passed before the latest report, which does not speak of it.
    func overdueOutcome(_ eventIndex: Int) -> String {
        let outcome = development.outcome(of: eventIndex)
        guard outcome.kind == .noReportSince else { return "" }
        return " *Outcome:* \(outcome.label(document: documentName))."
    }

    /// " *Follows:* Council and Northline sign the depot deal[^18].": how the event stands to
    /// others, from either end of each link, with the words that make the link.
    mutating func eventLinks(_ eventIndex: Int) -> String {
        var out = ""
        for linked in development.linkedEvents(eventIndex) {
            out += " *\(linked.phrase.prefix(1).uppercased())\(linked.phrase.dropFirst()):* "
            out += text(story.events[linked.event].title)
            for evidence in linked.link.evidence { out += cite(evidence) }
            out += "."
        }
        return out
    }

    /// " *In reply to* Tomas Brenn (10 Jun 2025): “moved the goalposts at the last minute”[^23].":
    /// the claim this one answers, cited where the source says it answers, then the claims that
    /// answer it, its text made safe for a table cell or for a list item.
    mutating func replies(_ claimIndex: Int, inCell: Bool) -> String {
        func escape(_ value: String) -> String { inCell ? cell(value) : text(value) }
        var out = ""
        for reply in development.replies(claimIndex) {
            let other = story.claims[reply.claim]
            let label = reply.kind.rawValue
            let day = claimDate(reply.claim).map { " (\(escape($0)))" } ?? ""
            let said = other.quote.map { "\u{201C}\($0)\u{201D}" } ?? other.paraphrase
            out +=
                " *\(label.prefix(1).uppercased())\(label.dropFirst())* \(escape(development.speakerName(other.speaker)))"
            out += "\(day): \(escape(said))"
            if reply.kind == .inReplyTo {
                for evidence in story.claims[claimIndex].respondsTo?.evidence ?? [] { out += cite(evidence) }
            }
            out += "."
        }
        return out
    }
}
