/// A briefing in Markdown: what changed since the first report (for a story of several), the
/// cast, the timeline, the contested topics side by side, who said what, and a footnote for
/// every source sentence cited.
public enum MarkdownExport {
    public static func render(_ story: Story, index: StoryIndex? = nil) -> String {
        var writer = BriefingWriter(story: story, index: index ?? StoryIndex(story))
        return writer.render()
    }
}

struct BriefingWriter {
    let story: Story
    let index: StoryIndex
    /// How the story developed: the same reading of it the browser shows.
    let development: StoryDevelopment
    var out = ""
    /// Footnote numbers by cited span, in order of first citation.
    var footnotes: [Evidence] = []
    var footnoteByEvidence: [Evidence: Int] = [:]

    init(story: Story, index: StoryIndex) {
        self.story = story
        self.index = index
        self.development = StoryDevelopment(story: story, index: index)
    }

    mutating func render() -> String {
        line("# \(text(story.title))")
        line()
        line(text(story.summary))
        line()
        sources()
        sinceFirstReport()
        cast()
        timeline()
        topics()
        claimsBySpeaker()
        relations()
        notes()
        return out
    }

    // MARK: Sections

    mutating func sources() {
        for document in story.documents {
            var parts = ["**Source:** \u{201C}\(text(document.title))\u{201D}"]
            if let kind = document.kind { parts.append(text(kind)) }
            if let outlet = document.outlet { parts.append(text(outlet)) }
            if let published = document.published {
                var date = "published \(published.day.long)"
                if published.inferred { date += " (inferred\(published.basis.map { ": \(text($0))" } ?? ""))" }
                parts.append(date)
            }
            line(parts.joined(separator: ", ") + ".")
            if let note = document.note {
                line()
                line("*\(text(note))*")
            }
            line()
        }
    }

    mutating func cast() {
        line("## Who is involved")
        line()
        for (title, kinds) in Entity.Kind.groups {
            let members = story.entities.filter { kinds.contains($0.kind) }
            if members.isEmpty { continue }
            line("### \(title)")
            line()
            for entity in members {
                var entry = "- **\(text(entity.name))** — \(text(entity.role)). \(text(entity.description))"
                let others = entity.aliases.filter { $0 != entity.name }
                if !others.isEmpty {
                    entry +=
                        " *Also written:* " + others.map { "\u{201C}\(text($0))\u{201D}" }.joined(separator: ", ") + "."
                }
                // Cited where the source names it, rather than where an author marked a pronoun.
                let named = entity.mentions.first { if case .matched = $0.origin { true } else { false } }
                if let mention = named ?? entity.mentions.first { entry += cite(mention.evidence) }
                line(entry)
            }
            line()
        }
    }

    mutating func timeline() {
        line("## Timeline")
        line()
        line(
            "Dates marked *inferred* are worked out from the article's wording and its publication date; the article does not print them."
        )
        line()
        for eventIndex in index.timeline {
            let event = story.events[eventIndex]
            var entry =
                "- **\(when(event.when))** — **\(text(event.title))** [\(event.status.label)]. \(text(event.summary))"
            let people = event.participants.compactMap { index.entityByID[$0] }.map { text(story.entities[$0].name) }
            if !people.isEmpty { entry += " *Who:* \(people.joined(separator: ", "))." }
            if let placeID = event.place, let place = index.entityByID[placeID] {
                entry += " *Where:* \(text(story.entities[place].name))."
            }
            for evidence in event.evidence { entry += cite(evidence) }
            if let steps = development.statusHistory(eventIndex) {
                var history: [String] = []
                for step in steps { history.append(reported(step)) }
                entry += " *As reported:* " + history.joined(separator: " → ") + "."
            }
            entry += wordingInEachDocument(event) + overdueOutcome(eventIndex) + eventLinks(eventIndex)
            line(entry)
        }
        line()
    }

    /// "scheduled (3 Jun 2025)[^4]": a status as one document reported it, with its words, and
    /// where the event moved, its time then (", moved from 3 Jun 2025 to 12 Jun 2025").
    mutating func reported(_ step: StoryDevelopment.ReportedStatus) -> String {
        let report = step.report
        let document = index.documentByID[report.document].map { story.documents[$0] }
        let day = document?.published.map { " (\($0.day.medium))" } ?? document.map { " (\(text($0.title)))" } ?? ""
        let time = StoryDevelopment.timeWording(step, time: timeName).map { ", \($0)" } ?? ""
        return report.status.label + day + (report.evidence.first.map { cite($0) } ?? "") + time
    }

    mutating func topics() {
        guard !story.topics.isEmpty else { return }
        line("## Contested questions")
        line()
        for topic in story.topics {
            line("### \(text(topic.question))")
            line()
            if let summary = topic.summary {
                line(text(summary))
                line()
            }
            line("| " + topic.sides.map { cell($0.label) }.joined(separator: " | ") + " |")
            line("|" + String(repeating: " --- |", count: topic.sides.count))
            if topic.sides.contains(where: { $0.summary != nil }) {
                line("| " + topic.sides.map { "*\(cell($0.summary ?? ""))*" }.joined(separator: " | ") + " |")
            }
            // Each side's claims in the order they were said, as the browser lists them.
            let sides = topic.sides.map { development.inOrderOfTime($0.claims.compactMap { index.claimByID[$0] }) }
            let rows = sides.map(\.count).max() ?? 0
            for row in 0..<rows {
                var cells: [String] = []
                for side in sides {
                    if row < side.count {
                        cells.append(claimCell(side[row]))
                    } else {
                        cells.append(" ")
                    }
                }
                line("| " + cells.joined(separator: " | ") + " |")
            }
            line()
            let others = topic.others.compactMap { index.claimByID[$0] }
            if !others.isEmpty {
                line("Other voices:")
                line()
                for claimIndex in others { line("- " + claimCell(claimIndex)) }
                line()
            }
        }
    }

    mutating func claimsBySpeaker() {
        line("## Who said what")
        line()
        for (entityIndex, entity) in story.entities.enumerated() {
            let claims = index.claimsBySpeaker[entityIndex]
            if claims.isEmpty { continue }
            line("### \(text(entity.name))")
            line()
            for claimIndex in claims {
                let claim = story.claims[claimIndex]
                var entry = "- *\(claim.reach.label)*" + (claimDate(claimIndex).map { " (\($0))" } ?? "")
                if let quote = claim.quote { entry += " \u{201C}\(text(quote))\u{201D} —" }
                entry += " \(text(claim.paraphrase))"
                if let eventID = claim.event, let event = index.eventByID[eventID] {
                    entry += " (at: \(text(story.events[event].title)))"
                }
                for evidence in claim.evidence { entry += cite(evidence) }
                entry += replies(claimIndex, inCell: false)
                line(entry)
            }
            line()
        }
    }

    mutating func relations() {
        guard !story.relations.isEmpty else { return }
        line("## Relations")
        line()
        for relation in story.relations {
            guard let subject = index.entityByID[relation.subject], let object = index.entityByID[relation.object]
            else { continue }
            var entry =
                "- \(text(story.entities[subject].name)) *\(text(relation.label ?? relation.predicate.phrase))* \(text(story.entities[object].name))"
            for evidence in relation.evidence { entry += cite(evidence) }
            line(entry)
        }
        line()
    }

    mutating func notes() {
        guard !footnotes.isEmpty else { return }
        line("## Sources cited")
        line()
        for (number, evidence) in footnotes.enumerated() {
            var place = evidence.document
            if let documentIndex = index.documentByID[evidence.document] {
                let document = story.documents[documentIndex]
                place =
                    "\(document.id), line \(document.text.line(ofScalar: evidence.start)), characters \(evidence.start)–\(evidence.end)"
            }
            line("[^\(number + 1)]: \(text(place)): \u{201C}\(text(evidence.excerpt))\u{201D}")
        }
    }

    // MARK: Pieces

    mutating func claimCell(_ claimIndex: Int) -> String {
        let claim = story.claims[claimIndex]
        let speaker = development.speakerName(claim.speaker)
        let day = claimDate(claimIndex).map { ", \(self.cell($0))" } ?? ""
        var cell = "**\(self.cell(speaker))** (\(claim.reach.label)\(day))"
        if let quote = claim.quote { cell += ": \u{201C}\(self.cell(quote))\u{201D} —" } else { cell += ":" }
        cell += " \(self.cell(claim.paraphrase))"
        for evidence in claim.evidence { cell += cite(evidence) }
        return cell + replies(claimIndex, inCell: true)
    }

    mutating func cite(_ evidence: Evidence) -> String {
        if let number = footnoteByEvidence[evidence] { return "[^\(number)]" }
        footnotes.append(evidence)
        footnoteByEvidence[evidence] = footnotes.count
        return "[^\(footnotes.count)]"
    }

    func when(_ when: When) -> String {
        guard let resolved = when.resolved else {
            return when.text.hasPrefix("no date") ? text(when.text) : "no date (\u{201C}\(text(when.text))\u{201D})"
        }
        return "\(resolved.display)\(resolved.inferred ? ", inferred" : "") (\u{201C}\(text(when.text))\u{201D})"
    }

    /// Text made safe for Markdown outside tables and for a terminal.
    func text(_ value: String) -> String { visibleText(value.replacingOccurrences(of: "\n", with: " ")) }

    /// Text made safe inside a table cell.
    func cell(_ value: String) -> String { text(value).replacingOccurrences(of: "|", with: "\\|") }

    mutating func line(_ text: String = "") { out += text + "\n" }
}

extension String {
    /// A Foundation-free replacement of every occurrence of a non-empty string.
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
