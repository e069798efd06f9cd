import StoryModel

/// View 1, the first screen: the story in a few lines, its cast, the latest and next events,
/// and the contested questions with a one-line preview of each side. Every name is a link.
enum OverviewScreen {
    static func page(width: Int, context: BrowserContext) -> Page {
        let story = context.story
        let index = context.index
        var page = PageBuilder(width: width, context: context)
        page.paragraph(story.title, role: .heading)
        let drafted = story.draftedCount
        if drafted > 0 {
            page.paragraph(
                "A draft made by storyscope: \(drafted) item\(drafted == 1 ? "" : "s") not yet reviewed. Check each against the source (s); see docs/DRAFTING.md.",
                role: .inferred)
        }
        NoticesSection.add(into: &page, context: context)
        page.paragraph(story.summary)
        // A story of several articles leads with what changed since the first: what a reader
        // who saw only that one needs first.
        changes(into: &page, context: context)
        // The cast: people first, by how much they say and do.
        let people = story.entities.indices.filter { story.entities[$0].kind == .person }
            .sorted { activity($0, index) > activity($1, index) }
        if !people.isEmpty {
            page.blank()
            var pieces: [PageBuilder.Piece] = [.text("Who    ", .heading)]
            for (position, person) in people.enumerated() {
                if position > 0 { pieces.append(.text(" · ", .dim)) }
                pieces.append(
                    .link(
                        story.entities[person].name, .link, .item(.entity(person)), evidence: .entity(person),
                        description: story.entities[person].role))
            }
            let rest = story.entities.count - people.count
            if rest > 0 {
                pieces.append(.text(" · ", .dim))
                pieces.append(
                    .link("\(rest) more", .link, .screen(.entities), evidence: nil, description: "all entities (2)"))
            }
            page.flow(pieces, hanging: 7)
        }

        // The latest thing that happened, and what comes next.
        let dated = index.timeline.filter { story.events[$0].when.resolved != nil }
        let latest = dated.last { story.events[$0].status == .happened }
        let after = latest.map { story.events[$0].when.sortOrdinal } ?? .min
        // An expectation whose day passed with no report since is not what comes next: "Since
        // the first report" says so.
        let next = dated.filter {
            story.events[$0].status.isPending && story.events[$0].when.sortOrdinal >= after
                && !context.development.isOverdue($0)
        }.prefix(2)
        if latest != nil || !next.isEmpty {
            page.blank()
            let rows: [(String, Int)] =
                (latest.map { [("Latest", $0)] } ?? [])
                + next.enumerated().map { ($0.offset == 0 ? "Next" : "", $0.element) }
            for (label, event) in rows {
                let item = story.events[event]
                page.flow(
                    (label.isEmpty ? [] : [PageBuilder.Piece.text(TimelineScreen.pad(label, 7), .heading)]) + [
                        .text(
                            "\(item.status.mark(ascii: context.style.ascii)) \(item.when.compact(inferredMark: context.glyphs.inferredMark))  ",
                            .date),
                        .link(
                            item.title, .link, .item(.event(event)), evidence: .event(event),
                            description: item.status.label),
                    ],
                    indent: label.isEmpty ? 7 : 0, hanging: label.isEmpty ? 0 : 7)
            }
        }

        if !story.topics.isEmpty {
            page.blank()
            page.flow([
                .text("Contested (\(story.topics.count))  ", .heading),
                .text("each side in its own column in Narratives (4)", .dim),
            ])
            for (topicIndex, topic) in story.topics.enumerated() {
                page.flow(
                    [
                        .link(
                            topic.question, .link, .item(.topic(topicIndex)), evidence: .topic(topicIndex),
                            description: "\(topic.sides.count) sides")
                    ],
                    indent: 2, hanging: 2)
                var preview: [PageBuilder.Piece] = []
                for (sideIndex, side) in topic.sides.enumerated() {
                    if sideIndex > 0 { preview.append(.text(context.style.ascii ? " vs " : " ⟷ ", .dim)) }
                    preview.append(.text("\(sideTag(sideIndex)) \(side.label)", sideRole(sideIndex)))
                }
                page.flow(preview, indent: 4, hanging: 4)
            }
        }
        page.blank()
        if story.documents.count > 1 {
            // A story of several articles: each, with its outlet and date, a link to it.
            page.paragraph("Sources (\(story.documents.count))", role: .heading)
            for index in story.documents.indices {
                page.flow(
                    [
                        .link(
                            context.documentLabel(index), .link, .document(index), evidence: nil,
                            description: "read this article (5, then d to switch)")
                    ], indent: 2, hanging: 2)
            }
        } else if let document = story.documents.first {
            var source = "\u{201C}\(document.title)\u{201D}"
            if let kind = document.kind { source += ", \(kind)" }
            if let published = document.published {
                source += ", \(published.day.long)" + (published.inferred ? " (date inferred)" : "")
            }
            page.flow(
                [
                    .text("Source: ", .dim),
                    .link(source, .link, .screen(.source), evidence: nil, description: "read the article (5)"),
                ], hanging: 2)
        }

        page.paragraph(keyLine, role: .dim)
        return page.page
    }

    /// The keys of the Overview, from the keymap: "Keys: 2 Entities · 3 Timeline · … · q quit".
    static var keyLine: String {
        let contexts = ScreenID.overview.contexts
        func key(_ action: Action) -> String { Keymap.key(for: action, in: contexts)?.name ?? "" }
        let views: [Action] = [.showEntities, .showTimeline, .showNarratives, .showSource]
        let parts =
            views.map { "\(key($0)) \($0.help)" } + [
                "\(key(.nextLink)) and \(key(.follow)) follow links", "\(key(.startSearch)) search",
                "\(key(.help)) help", "\(key(.quit)) quit",
            ]
        return "Keys: " + parts.joined(separator: " · ")
    }

    /// Events listed in each part of "Since the first report"; the rest are counted.
    static let changesShown = 6

    /// What changed from the first document to the latest: statuses and dates that moved,
    /// expectations whose day passed with no report since, events only later documents speak
    /// of. A blank line comes before it; nothing is added for a story of one document.
    static func changes(into page: inout PageBuilder, context: BrowserContext) {
        guard let changes = context.changesSinceFirst(), !changes.isEmpty else { return }
        page.blank()
        let (changed, new) = (changes.changed + changes.overdue, changes.new)
        let order = context.documentsInTimeOrder
        let story = context.story
        page.flow([
            .text("Since the first report  ", .heading),
            .text(
                "\(context.documentShortLabel(order.first!)) \(context.glyphs.arrow) \(context.documentShortLabel(order.last!))",
                .dim),
        ])
        for event in changed.prefix(changesShown) {
            page.flow(
                [
                    .link(
                        story.events[event].title, .link, .item(.event(event)), evidence: .event(event),
                        description: story.events[event].status.label),
                    .text(": \(context.changeText(event))", .date),
                ], indent: 2, hanging: 4)
        }
        if !new.isEmpty {
            var pieces: [PageBuilder.Piece] = [.text("New: ", .dim)]
            for (position, event) in new.prefix(changesShown).enumerated() {
                if position > 0 { pieces.append(.text(" · ", .dim)) }
                pieces.append(
                    .link(
                        story.events[event].title, .link, .item(.event(event)), evidence: .event(event),
                        description: story.events[event].status.label))
            }
            if new.count > changesShown { pieces.append(.text(" · and \(new.count - changesShown) more", .dim)) }
            page.flow(pieces, indent: 2, hanging: 4)
        }
        if changed.count > changesShown {
            let what =
                changes.overdue.isEmpty
                ? "changed status or date" : "changed status or date, or had no report since their day"
            page.paragraph(
                "\(changed.count - changesShown) more events \(what): in the Timeline (3), o shows them.",
                role: .dim, indent: 2, hanging: 2)
        }
    }

    private static func activity(_ entity: Int, _ index: StoryIndex) -> Int {
        index.claimsBySpeaker[entity].count * 2 + index.eventsOfEntity[entity].count
    }
}
