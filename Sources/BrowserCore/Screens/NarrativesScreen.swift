import StoryModel

/// View 4: the contested topics. A topic's sides stand side by side in columns, third voices
/// below; the matrix mode shows who stands where across all topics.
enum NarrativesScreen {
    /// The matrix shows at most this many speakers and questions: beyond that it stops being
    /// readable on a screen, and laying it out would grow with the story.
    static let matrixRowLimit = 40
    static let matrixColumnLimit = 40

    static func row(_ topicIndex: Int, context: BrowserContext) -> String {
        let topic = context.story.topics[topicIndex]
        return "\(topicIndex + 1). \(topic.question)"
    }

    static func detail(_ topicIndex: Int, width: Int, context: BrowserContext) -> Page {
        let story = context.story
        let topic = story.topics[topicIndex]
        var page = PageBuilder(width: width, context: context)
        page.paragraph(topic.question, role: .heading)
        EntitiesScreen.draftNotice(topic.drafted, into: &page)
        if let summary = topic.summary { page.paragraph(summary, role: .dim) }
        page.blank()

        // Columns side by side when each gets at least 24 cells; otherwise one under another.
        let gap = 2
        let count = topic.sides.count
        let columnWidth = count > 0 ? (width - gap * (count - 1)) / count : width
        if count > 1 && columnWidth >= 24 {
            let columns = topic.sides.enumerated().map {
                side(topicIndex, $0.offset, width: columnWidth, context: context)
            }
            page.columns(columns, x: (0..<count).map { $0 * (columnWidth + gap) })
        } else {
            for sideIndex in topic.sides.indices {
                let column = side(topicIndex, sideIndex, width: width, context: context)
                page.columns([column], x: [0])
                page.blank()
            }
        }
        let others = topic.others.compactMap { context.index.claimByID[$0] }
        if !others.isEmpty {
            page.blank()
            page.line("Other voices", role: .heading)
            for claimIndex in others {
                let claim = story.claims[claimIndex]
                var pieces = speakerPieces(claimIndex, context: context)
                let day = context.claimDay(claimIndex).map { ", \($0.short)" } ?? ""
                pieces.append(.text(" (\(claim.reach.label)\(day)): ", .dim))
                if let quote = claim.quote { pieces.append(.text("\u{201C}\(quote)\u{201D} \u{2014} ", .quote)) }
                pieces.append(.text(claim.paraphrase, .normal))
                page.flow(pieces, indent: 1, hanging: 3)
            }
        }
        return page.page
    }

    /// One side as a column: its tag and label, its summary, then each claim: the speaker (a
    /// link to them), how the claim reaches us, the verbatim quote and the paraphrase.
    static func side(_ topicIndex: Int, _ sideIndex: Int, width: Int, context: BrowserContext) -> Page {
        let side = context.story.topics[topicIndex].sides[sideIndex]
        var page = PageBuilder(width: width, context: context)
        let role = sideRole(sideIndex)
        page.paragraph("\(sideTag(sideIndex)) \(side.label)", role: role, hanging: 2)
        if let summary = side.summary { page.paragraph(summary, role: .dim, indent: 2) }
        for claimIndex in context.inOrderOfTime(side.claims.compactMap({ context.index.claimByID[$0] })) {
            let claim = context.story.claims[claimIndex]
            page.blank()
            var pieces = speakerPieces(claimIndex, context: context)
            let day = context.claimDay(claimIndex).map { " · \($0.short)" } ?? ""
            pieces.append(.text(" · \(claim.reach.label)\(day)\(claim.drafted ? " · drafted" : "")", .dim))
            page.flow(pieces, indent: 2, hanging: 2)
            if let quote = claim.quote {
                page.paragraph("\u{201C}\(quote)\u{201D}", role: .quote, indent: 2, hanging: 1)
            }
            page.paragraph(claim.paraphrase, indent: 2)
            answers(claimIndex, into: &page, context: context)
        }
        return page.page
    }

    /// The claim this one answers, and the claims that answer it, each a link.
    static func answers(_ claimIndex: Int, into page: inout PageBuilder, context: BrowserContext) {
        let story = context.story
        var lines: [(String, Int)] = []
        if let answered = story.claims[claimIndex].respondsTo.flatMap({ context.index.claimByID[$0.claim] }) {
            lines.append(("in reply to", answered))
        }
        for reply in context.index.responsesToClaim[claimIndex] { lines.append(("answered by", reply)) }
        for (label, other) in lines {
            let said = context.name(of: .claim(other))
            let day = context.claimDay(other).map { " · \($0.short)" } ?? ""
            page.flow(
                [
                    .text("\(context.glyphs.arrow) \(label) ", .dim),
                    .link(
                        "\(context.speakerName(story.claims[other].speaker)): \(said)", .link, .item(.claim(other)),
                        evidence: .claim(other),
                        description: "the claim \(label == "in reply to" ? "answered" : "that answers")"),
                    .text(day, .dim),
                ], indent: 2, hanging: 4)
        }
    }

    /// The speaker's name as a link to them; `s` on it shows the claim's evidence.
    static func speakerPieces(_ claimIndex: Int, context: BrowserContext) -> [PageBuilder.Piece] {
        let claim = context.story.claims[claimIndex]
        let said = claim.quote.map { "\u{201C}\($0)\u{201D}" } ?? claim.paraphrase
        guard let speaker = context.entity(claim.speaker) else {
            // A document speaking in its own voice: a link to the document.
            guard let document = context.index.documentByID[claim.speaker] else {
                return [.text(claim.speaker, .normal)]
            }
            let name = context.speakerName(claim.speaker)
            return [
                .link(
                    name, .link, .document(document), evidence: .claim(claimIndex),
                    description: "the article's own voice: \(said) · s: in the source")
            ]
        }
        return [
            .link(
                context.story.entities[speaker].name, .link, .item(.entity(speaker)), evidence: .claim(claimIndex),
                description: "\(context.story.entities[speaker].name): \(said) · s: in the source")
        ]
    }

    /// Who stands where: a row per actor, a column per topic, each cell the side(s) taken.
    static func matrix(width: Int, context: BrowserContext) -> Page {
        let story = context.story
        var page = PageBuilder(width: width, context: context)
        page.paragraph("Who stands where", role: .heading)
        page.paragraph(
            "Rows are the speakers, columns the questions. A, B, C: the side taken; o: a third voice; \(context.style.ascii ? "." : "·"): nothing said. Enter on a cell shows the claims.",
            role: .dim)
        page.blank()

        let cellWidth = 4
        let nameWidth = max(10, min(22, width - cellWidth * story.topics.count - 1))
        var header: [(x: Int, text: String, role: Role, link: (LinkTarget, ItemRef?, String?)?)] = []
        for topicIndex in story.topics.indices.prefix(Self.matrixColumnLimit) {
            header.append(
                (
                    x: nameWidth + 1 + topicIndex * cellWidth, text: "Q\(topicIndex + 1)", role: .heading,
                    link: nil
                ))
        }
        page.cells(header)
        // The most vocal speakers; on a huge story the rest are named in a count, not laid out.
        let shown = context.actors.prefix(Self.matrixRowLimit)
        for actor in shown {
            var cells: [(x: Int, text: String, role: Role, link: (LinkTarget, ItemRef?, String?)?)] = [
                (x: 0, text: story.entities[actor].name, role: .normal, link: nil)
            ]
            for (topicIndex, topic) in story.topics.prefix(Self.matrixColumnLimit).enumerated() {
                let stance = stance(of: actor, on: topicIndex, context: context)
                let x = nameWidth + 1 + topicIndex * cellWidth
                if stance.isEmpty {
                    cells.append((x: x, text: context.style.ascii ? "." : "·", role: .dim, link: nil))
                } else {
                    let tags = stance.map { $0.side.map(sideTag) ?? "o" }.joined()
                    let role = stance.first?.side.map(sideRole) ?? .dim
                    let first = stance.first!.claim
                    cells.append(
                        (
                            x: x, text: tags, role: role,
                            link: (
                                .stance(topic: topicIndex, actor: actor), .claim(first),
                                "\(story.entities[actor].name) on \u{201C}\(topic.question)\u{201D}: \(stance.count) claim\(stance.count == 1 ? "" : "s")"
                            )
                        ))
                }
            }
            page.cells(cells)
        }
        if context.actors.count > shown.count {
            page.line(
                "\(context.actors.count - shown.count) more speakers; their claims are in each question's sides.",
                role: .dim)
        }
        page.blank()
        for (topicIndex, topic) in story.topics.prefix(Self.matrixColumnLimit).enumerated() {
            page.flow(
                [
                    .text("Q\(topicIndex + 1) ", .heading),
                    .link(
                        topic.question, .link, .item(.topic(topicIndex)), evidence: .topic(topicIndex), description: nil
                    ),
                ],
                hanging: 3)
        }
        page.setSpatial()
        return page.page
    }

    /// An actor's claims on a topic, with the side each is on (nil for a third voice).
    static func stance(of actor: Int, on topicIndex: Int, context: BrowserContext) -> [(claim: Int, side: Int?)] {
        let topic = context.story.topics[topicIndex]
        let actorID = context.story.entities[actor].id
        var result: [(claim: Int, side: Int?)] = []
        for (sideIndex, side) in topic.sides.enumerated() {
            for claimIndex in side.claims.compactMap({ context.index.claimByID[$0] })
            where context.story.claims[claimIndex].speaker == actorID {
                if !result.contains(where: { $0.side == sideIndex }) { result.append((claimIndex, sideIndex)) }
            }
        }
        for claimIndex in topic.others.compactMap({ context.index.claimByID[$0] })
        where context.story.claims[claimIndex].speaker == actorID {
            if !result.contains(where: { $0.side == nil }) { result.append((claimIndex, nil)) }
        }
        return result
    }
}
