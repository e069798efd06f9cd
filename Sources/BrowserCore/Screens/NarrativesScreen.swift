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
            // Block by block (the label and summary, then each claim), so that the sides' first
            // claims start on one row, and their second claims, however long what came before.
            let sides = topic.sides.indices.map {
                sideBlocks(topicIndex, $0, width: columnWidth, context: context)
            }
            let empty = PageBuilder(width: columnWidth, context: context).page
            for block in 0..<(sides.map(\.count).max() ?? 0) {
                page.columns(
                    sides.map { block < $0.count ? $0[block] : empty }, x: (0..<count).map { $0 * (columnWidth + gap) })
            }
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
                let day = context.claimDate(claimIndex).map { ", \($0)" } ?? ""
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
        var page = PageBuilder(width: width, context: context)
        for block in sideBlocks(topicIndex, sideIndex, width: width, context: context) {
            page.columns([block], x: [0])
        }
        return page.page
    }

    /// A side in blocks: its tag, label and summary first, then a block per claim (a blank
    /// line and the claim).
    static func sideBlocks(_ topicIndex: Int, _ sideIndex: Int, width: Int, context: BrowserContext) -> [Page] {
        let side = context.story.topics[topicIndex].sides[sideIndex]
        var head = PageBuilder(width: width, context: context)
        let role = sideRole(sideIndex)
        head.paragraph("\(sideTag(sideIndex)) \(side.label)", role: role, hanging: 2)
        if let summary = side.summary { head.paragraph(summary, role: .dim, indent: 2) }
        var blocks = [head.page]
        for claimIndex in context.inOrderOfTime(side.claims.compactMap({ context.index.claimByID[$0] })) {
            let claim = context.story.claims[claimIndex]
            var page = PageBuilder(width: width, context: context)
            page.blank()
            var pieces = speakerPieces(claimIndex, context: context)
            let day = context.claimDate(claimIndex).map { " · \($0)" } ?? ""
            pieces.append(.text(" · \(claim.reach.label)\(day)\(claim.drafted ? " · drafted" : "")", .dim))
            page.flow(pieces, indent: 2, hanging: 2)
            if let quote = claim.quote {
                page.paragraph("\u{201C}\(quote)\u{201D}", role: .quote, indent: 2, hanging: 1)
            }
            page.paragraph(claim.paraphrase, indent: 2)
            answers(claimIndex, into: &page, context: context)
            blocks.append(page.page)
        }
        return blocks
    }

    /// The claim this one answers, and the claims that answer it, each a link.
    static func answers(_ claimIndex: Int, into page: inout PageBuilder, context: BrowserContext) {
        let story = context.story
        for reply in context.development.replies(claimIndex) {
            let other = reply.claim
            let said = context.name(of: .claim(other))
            let day = context.claimDate(other).map { " · \($0)" } ?? ""
            page.flow(
                [
                    .text("\(context.glyphs.arrow) \(reply.kind.rawValue) ", .dim),
                    .link(
                        "\(context.speakerName(story.claims[other].speaker)): \(said)", .link, .item(.claim(other)),
                        evidence: .claim(other),
                        description: "the claim \(reply.kind == .inReplyTo ? "answered" : "that answers")"),
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

    /// Who stands where: a row per voice (an entity, or an article in its own voice), a column
    /// per topic, each cell the side(s) taken, each letter in its side's colour.
    static func matrix(width: Int, context: BrowserContext) -> Page {
        let story = context.story
        let ascii = context.style.ascii
        var page = PageBuilder(width: width, context: context)
        page.paragraph("Who stands where", role: .heading)
        let shown = context.voices.prefix(Self.matrixRowLimit)
        let ownVoices = shown.compactMap { if case .document(let document) = $0 { document } else { nil } }
        var legend =
            "Rows are the speakers, columns the questions. \(Legend.matrix(ascii: ascii)). Enter on a cell shows the claims."
        if let document = ownVoices.first {
            legend +=
                ownVoices.count == 1
                ? " \u{201C}\(voiceName(.document(document), context: context))\u{201D}: what the article says in its own voice."
                : " \u{201C}\(voiceName(.document(document), context: context))\u{201D} and the like: what an article says in its own voice."
        }
        page.paragraph(legend, role: .dim)
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
        // Cells of more than one tag, to colour letter by letter once the page is laid out.
        var tagged: [(line: Int, x: Int, roles: [Role])] = []
        // The most vocal speakers; on a huge story the rest are named in a count, not laid out.
        for voice in shown {
            let name = voiceName(voice, context: context)
            var cells: [(x: Int, text: String, role: Role, link: (LinkTarget, ItemRef?, String?)?)] = [
                (x: 0, text: name, role: .normal, link: nil)
            ]
            for (topicIndex, topic) in story.topics.prefix(Self.matrixColumnLimit).enumerated() {
                let stance = stance(of: speakerID(voice, context: context), on: topicIndex, context: context)
                let x = nameWidth + 1 + topicIndex * cellWidth
                guard let first = stance.first else {
                    cells.append((x: x, text: StanceMark.nothingSaid(ascii: ascii), role: .dim, link: nil))
                    continue
                }
                let tags = stance.map { $0.side.map(sideTag) ?? StanceMark.thirdVoice(ascii: ascii) }
                let roles = stance.map { $0.side.map(sideRole) ?? .dim }
                if tags.count > 1 { tagged.append((page.lineCount, x, roles)) }
                let target: LinkTarget =
                    switch voice {
                    case .entity(let actor): .stance(topic: topicIndex, actor: actor)
                    case .document: .item(.claim(first.claim))
                    }
                cells.append(
                    (
                        x: x, text: tags.joined(), role: roles[0],
                        link: (
                            target, .claim(first.claim),
                            "\(name) on \u{201C}\(topic.question)\u{201D}: \(stance.count) claim\(stance.count == 1 ? "" : "s")"
                        )
                    ))
            }
            page.cells(cells)
        }
        if context.voices.count > shown.count {
            page.line(
                "\(context.voices.count - shown.count) more speakers; their claims are in each question's sides.",
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
        var laidOut = page.page
        for cell in tagged { colourByLetter(&laidOut.lines[cell.line], x: cell.x, roles: cell.roles) }
        return laidOut
    }

    /// Splits the cell at `x` into one span a letter, each in its side's role ("AB": A in side
    /// A's colour, B in side B's), all of them the same link.
    static func colourByLetter(_ line: inout PageLine, x: Int, roles: [Role]) {
        guard let index = line.spans.firstIndex(where: { $0.x == x }) else { return }
        let span = line.spans[index]
        var pieces: [Span] = []
        var column = span.x
        for (position, character) in span.text.enumerated() {
            let text = String(character)
            let role = position < roles.count ? roles[position] : roles[roles.count - 1]
            pieces.append(Span(x: column, text: text, role: role, link: span.link))
            column += DisplayWidth.of(text)
        }
        line.spans.replaceSubrange(index...index, with: pieces)
    }

    /// A row's label: the entity's name, or for an article speaking in its own voice "The
    /// article itself" (with several articles, "Article of 3 Jun").
    static func voiceName(_ voice: Voice, context: BrowserContext) -> String {
        switch voice {
        case .entity(let entity): context.story.entities[entity].name
        case .document(let document):
            context.story.documents.count == 1
                ? "The article itself" : "Article of \(context.documentShortLabel(document))"
        }
    }

    static func speakerID(_ voice: Voice, context: BrowserContext) -> String {
        switch voice {
        case .entity(let entity): context.story.entities[entity].id
        case .document(let document): context.story.documents[document].id
        }
    }

    /// A speaker's claims on a topic, with the side each is on (nil for a third voice).
    static func stance(of speakerID: String, on topicIndex: Int, context: BrowserContext) -> [(
        claim: Int, side: Int?
    )] {
        let topic = context.story.topics[topicIndex]
        var result: [(claim: Int, side: Int?)] = []
        for (sideIndex, side) in topic.sides.enumerated() {
            for claimIndex in side.claims.compactMap({ context.index.claimByID[$0] })
            where context.story.claims[claimIndex].speaker == speakerID {
                if !result.contains(where: { $0.side == sideIndex }) { result.append((claimIndex, sideIndex)) }
            }
        }
        for claimIndex in topic.others.compactMap({ context.index.claimByID[$0] })
        where context.story.claims[claimIndex].speaker == speakerID {
            if !result.contains(where: { $0.side == nil }) { result.append((claimIndex, nil)) }
        }
        return result
    }
}
