import StoryModel

/// View 5: the source document, wrapped to the width under a gutter of line numbers, with
/// the evidence of the current item highlighted. Each highlight is a link back to its item.
enum SourceScreen {
    struct Highlight {
        var range: Range<Int>
        var item: ItemRef?
    }

    static let gutterWidth = 6

    /// What to highlight, in document order.
    static func highlights(_ focus: SourceFocus, document: Int, context: BrowserContext) -> [Highlight] {
        let documentID = context.story.documents[document].id
        var found: [Highlight] = []
        switch focus {
        case .all:
            for span in context.index.spans[document] {
                switch span.item {
                case .claim, .event: found.append(Highlight(range: span.start..<span.end, item: span.item))
                default: break
                }
            }
        case .item(let item):
            for evidence in context.index.evidence(of: item, in: context.story) where evidence.document == documentID {
                found.append(Highlight(range: evidence.range, item: item))
            }
        case .passage(let passageDocument, let range):
            guard passageDocument == document else { return [] }
            let supported = context.index.items(inDocument: document, overlapping: range).map(\.item)
            let best =
                supported.first { if case .claim = $0 { true } else { false } }
                ?? supported.first { if case .event = $0 { true } else { false } } ?? supported.first
            found.append(Highlight(range: range, item: best))
        }
        found.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        var unique: [Highlight] = []
        for highlight in found where unique.last?.range != highlight.range { unique.append(highlight) }
        return unique
    }

    /// An item's name in quotation marks; a claim's quote already has them.
    private static func quotedName(of item: ItemRef, context: BrowserContext) -> String {
        if case .claim(let index) = item, context.story.claims[index].quote != nil { return context.name(of: item) }
        return "\u{201C}\(context.name(of: item))\u{201D}"
    }

    static func focusDescription(_ focus: SourceFocus, count: Int, context: BrowserContext) -> String {
        switch focus {
        case .all: "Highlighted: the evidence of every claim and event (\(counted(count, of: nil, context: context)))."
        case .item(let item):
            "Highlighted: where the source supports \(item.kindName) \(quotedName(of: item, context: context)) (\(counted(count, of: item, context: context)))."
        case .passage: "Highlighted: the passage found by search."
        }
    }

    /// The count of highlights, saying what it counts where the story has several articles:
    /// "4 in this article", and for an item with evidence in others too, "4 in this article,
    /// 6 in 2 articles" (as the Entities view's "Named 6 times in 2 articles").
    static func counted(_ count: Int, of item: ItemRef?, context: BrowserContext) -> String {
        guard context.development.hasSeveralDocuments else { return "\(count)" }
        guard let item else { return "\(count) in this article" }
        let evidence = context.index.evidence(of: item, in: context.story)
        let places = Set(evidence.map { "\($0.document) \($0.start) \($0.end)" }).count
        guard places > count else { return "\(count) in this article" }
        return "\(count) in this article, \(places) in \(context.sourceWording(documentsOf: evidence.map(\.document)))"
    }

    static func page(width: Int, focus: SourceFocus, document documentIndex: Int, context: BrowserContext) -> Page {
        let marks = highlights(focus, document: documentIndex, context: context)
        var builder = PageBuilder(width: width, context: context)
        builder.paragraph(focusDescription(focus, count: marks.count, context: context), role: .dim)
        builder.paragraph(keyLine, role: .dim)
        builder.blank()
        var layout = SourceLayout(
            page: builder.page, marks: marks, focus: focus, document: documentIndex, width: width, context: context)
        for line in 1...context.story.documents[documentIndex].text.lineCount { layout.add(line: line) }
        var page = layout.page
        if case .passage = focus, let first = page.links.first { page.anchorLine = first.lines.lowerBound }
        return page
    }

    /// The keys of the highlights, from the keymap: "Tab or ] next highlight · …".
    static var keyLine: String {
        let bindings = Keymap.bindings(in: ScreenID.source.contexts)
        func keys(_ action: Action) -> String {
            bindings.first { $0.action == action }?.keys.map(\.name).joined(separator: " or ") ?? ""
        }
        return
            "\(keys(.nextHighlight)) next highlight · \(keys(.previousHighlight)) previous · \(keys(.follow)) goes to its item · \(Keymap.key(for: .back, in: ScreenID.source.contexts)?.name ?? "") back"
    }

    /// The Source page being laid out, line by line of the document: each line's characters as
    /// drawn, which highlight owns each, the rows they wrap to, and the spans and links of
    /// those rows.
    private struct SourceLayout {
        var page: Page
        let marks: [Highlight]
        let document: SourceDocument
        let textWidth: Int
        let context: BrowserContext
        /// With no item in focus, most of the article is evidence of something: a light mark
        /// (underline) keeps it readable, and the strong highlight means "the item you came from".
        let markRole: Role
        /// Whether each highlight's link has been placed at its first character.
        var linkStartSeen: [Bool]
        /// The marks that may touch the current line, in list order: marks are sorted by start
        /// and lines come in order, so each line looks at a few marks, not all of them.
        var nextMark = 0
        var active: [Int] = []

        init(page: Page, marks: [Highlight], focus: SourceFocus, document: Int, width: Int, context: BrowserContext) {
            self.page = page
            self.marks = marks
            self.document = context.story.documents[document]
            self.textWidth = max(1, width - gutterWidth)
            self.context = context
            markRole = focus == .all ? .evidence : .highlight
            linkStartSeen = [Bool](repeating: false, count: marks.count)
            for (index, mark) in marks.enumerated() {
                self.page.links.append(
                    PageLink(
                        target: mark.item.map(LinkTarget.item) ?? .passage(document: document, range: mark.range),
                        evidence: mark.item, lines: 0...0, x: gutterWidth,
                        description: mark.item.map { "\($0.kindName): \(context.name(of: $0))" }
                            ?? "passage \(index + 1)"
                    ))
            }
        }

        mutating func add(line: Int) {
            let lineRange = document.text.range(ofLine: line)
            if let part = document.parts.first(where: { $0.lines.lowerBound == line }) {
                let label: String =
                    switch part.role {
                    case .repeatedHeadline: "headline, printed again in the source"
                    default: part.role.rawValue
                    }
                let text = Fit.line(
                    context.style.prepare("[\(label)]"), width: textWidth, ellipsis: context.glyphs.ellipsis)
                page.lines.append(PageLine(spans: [Span(x: gutterWidth, text: text, role: .dim)]))
            }
            let role: Role =
                switch document.part(containing: lineRange.lowerBound)?.role {
                case .headline?: .heading
                case .repeatedHeadline?: .dim
                default: .normal
                }
            let characters = drawnCharacters(lineRange)
            let owners = owners(of: characters, lineRange: lineRange)
            let rows = WordWrap.rows(characters.map(\.0), width: textWidth, keep: context.keepTogether)
            let bar = context.glyphs.verticalLine
            if rows.isEmpty {
                page.lines.append(PageLine(spans: [Span(x: 0, text: gutter(line, bar: bar), role: .dim)]))
                return
            }
            for (rowNumber, row) in rows.enumerated() {
                var pageLine = PageLine(spans: [
                    Span(x: 0, text: rowNumber == 0 ? gutter(line, bar: bar) : gutter(nil, bar: bar), role: .dim)
                ])
                addSpans(of: row, characters, owners, role: role, to: &pageLine)
                page.lines.append(pageLine)
            }
            // Highlights hidden under inner ones still get a position: their first character's row.
            for markIndex in active
            where !linkStartSeen[markIndex] && lineRange.contains(marks[markIndex].range.lowerBound) {
                let mark = marks[markIndex]
                linkStartSeen[markIndex] = true
                let rowIndex =
                    rows.firstIndex { row in row.contains { characters[$0].1 >= mark.range.lowerBound } } ?? 0
                let lineNumber = page.lines.count - rows.count + rowIndex
                page.links[markIndex].lines = lineNumber...lineNumber
            }
        }

        /// The line's characters as they will be drawn (prepared for the terminal), each with
        /// the scalar offset of the source character it came from.
        private func drawnCharacters(_ lineRange: Range<Int>) -> [(Character, Int)] {
            var characters: [(Character, Int)] = []
            var offset = lineRange.lowerBound
            let slice = document.text.slice(lineRange)
            // Latin text (all of it, or printable ASCII in ASCII mode) is drawn as it is, one
            // character per scalar: no grapheme breaking, no preparing character by character.
            let plain =
                context.style.ascii ? slice.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } : DisplayWidth.isSimple(slice)
            if plain {
                characters.reserveCapacity(slice.unicodeScalars.count)
                for scalar in slice.unicodeScalars {
                    characters.append((Character(scalar), offset))
                    offset += 1
                }
            } else {
                for character in slice {
                    if character.isASCII && !(character.asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false) {
                        characters.append((character, offset))
                    } else {
                        for drawn in context.style.prepare(String(character)) { characters.append((drawn, offset)) }
                    }
                    offset += character.unicodeScalars.count
                }
            }
            return characters
        }

        /// Which highlight owns each character: the innermost, i.e. the one starting last.
        private mutating func owners(of characters: [(Character, Int)], lineRange: Range<Int>) -> [Int?] {
            var owners = [Int?](repeating: nil, count: characters.count)
            // Drop the marks that started before this line and ended by its start; take in those
            // that start before its end (or at it, for an empty line).
            active.removeAll {
                marks[$0].range.upperBound <= lineRange.lowerBound && marks[$0].range.lowerBound < lineRange.lowerBound
            }
            while nextMark < marks.count,
                marks[nextMark].range.lowerBound < lineRange.upperBound
                    || (lineRange.isEmpty && marks[nextMark].range.lowerBound == lineRange.upperBound)
            {
                active.append(nextMark)
                nextMark += 1
            }
            let overlapping = active.filter {
                marks[$0].range.overlaps(lineRange)
                    || (marks[$0].range.lowerBound == lineRange.upperBound && lineRange.isEmpty)
            }
            // Painted in list order, each over the characters it covers: the last that covers a
            // character owns it. Linear in the marked text, not characters times marks.
            for mark in overlapping {
                let range = marks[mark].range
                var low = characters.partitionPoint { $0.1 >= range.lowerBound }
                while low < characters.count, characters[low].1 < range.upperBound {
                    owners[low] = mark
                    low += 1
                }
            }
            return owners
        }

        /// One row's text as runs of one owner each; a highlight's link starts at its first
        /// character and runs to its last row.
        private mutating func addSpans(
            of row: Range<Int>, _ characters: [(Character, Int)], _ owners: [Int?], role: Role,
            to pageLine: inout PageLine
        ) {
            var x = gutterWidth
            var run = ""
            var runOwner: Int?
            func flush() {
                guard !run.isEmpty else { return }
                pageLine.spans.append(Span(x: x, text: run, role: runOwner == nil ? role : markRole, link: runOwner))
                x += DisplayWidth.of(run)
                run = ""
            }
            for characterIndex in row {
                let owner = owners[characterIndex]
                if owner != runOwner {
                    flush()
                    runOwner = owner
                }
                if let owner, !linkStartSeen[owner] {
                    linkStartSeen[owner] = true
                    page.links[owner].lines = page.lines.count...page.lines.count
                    page.links[owner].x = x + DisplayWidth.of(run)
                } else if let owner {
                    page.links[owner].lines = page.links[owner].lines.lowerBound...page.lines.count
                }
                run.append(characters[characterIndex].0)
            }
            flush()
        }
    }

    private static func gutter(_ line: Int?, bar: Character) -> String {
        let number = line.map(String.init) ?? ""
        return String(repeating: " ", count: max(0, 3 - number.count)) + number + " \(bar) "
    }
}
