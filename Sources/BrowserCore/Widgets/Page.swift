import StoryModel

/// Where a link leads.
public enum LinkTarget: Hashable, Sendable {
    case item(ItemRef)
    /// An item's evidence in the Source view.
    case evidence(ItemRef)
    case passage(document: Int, range: Range<Int>)
    case screen(ScreenID)
    /// A cell of the who-stands-where matrix: an actor's claims on a topic.
    case stance(topic: Int, actor: Int)
    /// A document of the story, in the Source view.
    case document(Int)
}

public struct Span: Hashable, Sendable {
    public var x: Int
    public var text: String
    public var role: Role
    /// Index into the page's links, when the span is (part of) a link.
    public var link: Int?
}

public struct PageLine: Hashable, Sendable {
    public var spans: [Span] = []
    /// A role for the whole line's background (headers, separators).
    public var fill: Role?
}

public struct PageLink: Hashable, Sendable {
    public var target: LinkTarget
    /// The item `s` shows in the source when this link is selected.
    public var evidence: ItemRef?
    /// The lines the link covers, for keeping it in view.
    public var lines: ClosedRange<Int>
    public var x: Int
    /// Shown in the status bar when selected.
    public var description: String?
}

/// A laid-out page: lines of styled spans and the links in them, in the order j/k visits
/// them. Built for one width; scrolling and link selection happen in the reducer.
public struct Page: Hashable, Sendable {
    public var lines: [PageLine] = []
    public var links: [PageLink] = []
    /// For grids (the matrix): j/k move to the nearest link above or below, h/l along a row.
    public var spatial = false
    /// The line to scroll to when nothing is selected (the Source view's passage).
    public var anchorLine: Int?

    public init() {}

    public var height: Int { lines.count }
}

/// Builds pages: wraps text to the width, flows links inline, and lays columns side by side.
public struct PageBuilder {
    public let width: Int
    public let style: TextStyle
    /// The words wraps keep on one row: dates, quantities and, given them, names.
    public let keep: KeepTogether
    public private(set) var page = Page()

    public init(width: Int, style: TextStyle, keep: KeepTogether = KeepTogether()) {
        self.width = max(1, width)
        self.style = style
        self.keep = keep
    }

    public enum Piece {
        case text(String, Role)
        case link(String, Role, LinkTarget, evidence: ItemRef?, description: String?)
    }

    public mutating func blank() { page.lines.append(PageLine()) }

    public mutating func line(_ text: String, role: Role = .normal, indent: Int = 0, fill: Role? = nil) {
        let prepared = Wrap.clip(
            style.prepare(text), width: max(1, width - indent), ellipsis: style.ascii ? "..." : "…")
        page.lines.append(PageLine(spans: [Span(x: indent, text: prepared, role: role)], fill: fill))
    }

    /// Wrapped text; `hanging` indents continuation lines further.
    public mutating func paragraph(_ text: String, role: Role = .normal, indent: Int = 0, hanging: Int = 0) {
        flow([.text(text, role)], indent: indent, hanging: hanging)
    }

    /// Text and links flowed together and wrapped at spaces. A link that wraps stays one
    /// link covering several lines. Text that touches the next piece with no space between
    /// ("Rubio" then ":") is one word, and words that `keep` joins (dates, quantities, names)
    /// go on one row where they fit on one.
    public mutating func flow(_ pieces: [Piece], indent: Int = 0, hanging: Int = 0) {
        var current = PageLine()
        var wrap = WordWrap(start: indent, restStart: indent + hanging, end: width)
        func newLine() {
            page.lines.append(current)
            current = PageLine()
            wrap.startRow()
        }
        // Each piece prepared, its link made; then its text as fragments between spaces.
        var roles: [Role] = []
        var links: [Int?] = []
        var fragments: [(text: Substring, width: Int, piece: Int, spaced: Bool)] = []
        for piece in pieces {
            let text: String
            switch piece {
            case .text(let value, let role):
                text = style.prepare(value)
                roles.append(role)
                links.append(nil)
            case .link(let value, let role, let target, let evidence, let description):
                text = style.prepare(value)
                roles.append(role)
                links.append(page.links.count)
                page.links.append(
                    PageLink(
                        target: target, evidence: evidence, lines: page.lines.count...page.lines.count,
                        x: indent, description: description))
            }
            for (number, word) in words(of: text).enumerated() {
                fragments.append((word, DisplayWidth.of(word), roles.count - 1, number > 0))
            }
        }
        // Words: fragments with no space between them.
        var words: [Range<Int>] = []
        for index in fragments.indices {
            if index == 0 || fragments[index].spaced {
                words.append(index..<(index + 1))
            } else {
                words[words.count - 1] = words[words.count - 1].lowerBound..<(index + 1)
            }
        }
        let widths = words.map { $0.reduce(0) { $0 + fragments[$1].width } }
        let joins = keep.joins(
            count: words.count, first: { words[$0].lazy.compactMap { fragments[$0].text.first }.first },
            word: {
                words[$0].count == 1
                    ? fragments[words[$0].lowerBound].text : Substring(words[$0].map { fragments[$0].text }.joined())
            })

        // Whether each link has had text drawn; a link's place is where its first text landed.
        var started = [Bool](repeating: false, count: pieces.count)
        func draw(_ text: Substring, width: Int, piece: Int) {
            guard !text.isEmpty else { return }
            if let link = links[piece] {
                if !started[piece] {
                    page.links[link].lines = page.lines.count...page.lines.count
                    page.links[link].x = wrap.x
                    started[piece] = true
                } else {
                    page.links[link].lines = page.links[link].lines.lowerBound...page.lines.count
                }
            }
            append(String(text), role: roles[piece], link: links[piece], to: &current, x: wrap.x)
            wrap.advance(width)
        }
        /// The space before a fragment: part of its link once the link has begun.
        func drawSpace(before piece: Int) {
            let link = started[piece] ? links[piece] : nil
            append(
                " ", role: links[piece] == nil || started[piece] ? roles[piece] : .normal, link: link, to: &current,
                x: wrap.x)
            wrap.advance(1)
        }
        /// A word's fragments, each cut between characters where wider than the rest of the row.
        func drawWord(_ word: Range<Int>) {
            for index in word {
                let fragment = fragments[index]
                if let link = links[fragment.piece], !started[fragment.piece], fragment.text.isEmpty {
                    // An empty link text: anchor it where it stands.
                    page.links[link].lines = page.lines.count...page.lines.count
                    page.links[link].x = wrap.x
                }
                var remaining = fragment.text
                var remainingWidth = fragment.width
                while remainingWidth > wrap.room && wrap.room > 0 {
                    let chunk = WordWrap.prefix(of: remaining, fitting: wrap.room)
                    if chunk.text.isEmpty { break }
                    draw(chunk.text, width: chunk.width, piece: fragment.piece)
                    remaining = remaining[chunk.text.endIndex...]
                    remainingWidth -= chunk.width
                    newLine()
                }
                draw(remaining, width: remainingWidth, piece: fragment.piece)
            }
        }
        // The last word of a run of joined words being placed on one row.
        var together = -1
        for (number, word) in words.enumerated() {
            let first = word.lowerBound
            if number <= together {
                drawSpace(before: fragments[first].piece)
                drawWord(word)
                continue
            }
            let (last, runWidth) = WordWrap.run(from: number, joins: joins, widths: widths)
            let fitsOneRow = last > number && runWidth <= wrap.end - wrap.restStart
            if fitsOneRow { together = last }
            switch wrap.fit(width: fitsOneRow ? runWidth : widths[number], spaced: fragments[first].spaced) {
            case .newRow: newLine()
            case .sameRow(let drawsSpace): if drawsSpace { drawSpace(before: fragments[first].piece) }
            }
            drawWord(word)
        }
        if !current.spans.isEmpty || wrap.rowIsEmpty { page.lines.append(current) }
    }

    /// The text split at each space (empty words kept), on the bytes: a space is one byte, and
    /// splitting by grapheme would cost more than all the rest of the layout.
    private func words(of text: String) -> [Substring] {
        var words: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            if scalars[index] == " " {
                words.append(Substring(scalars[start..<index]))
                start = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        words.append(Substring(scalars[start...]))
        return words
    }

    /// Adds text at `x`, joining it to the line's last span when that span looks the same and
    /// ends exactly at `x`.
    private func append(_ text: String, role: Role, link: Int?, to line: inout PageLine, x: Int) {
        // Every span of a flowed line is added here, so the last one ends where `x` was left.
        if let last = line.spans.last, last.role == role, last.link == link {
            line.spans[line.spans.count - 1].text += text
        } else {
            line.spans.append(Span(x: x, text: text, role: role, link: link))
        }
    }

    /// Lays pages built for narrower widths side by side, starting at the current line.
    /// Their links keep their own order, column after column.
    public mutating func columns(_ columns: [Page], x positions: [Int]) {
        let top = page.lines.count
        let height = columns.map(\.height).max() ?? 0
        page.lines += Array(repeating: PageLine(), count: height)
        for (column, offset) in zip(columns, positions) {
            let linkBase = page.links.count
            for link in column.links {
                var moved = link
                moved.lines = (link.lines.lowerBound + top)...(link.lines.upperBound + top)
                moved.x += offset
                page.links.append(moved)
            }
            for (index, line) in column.lines.enumerated() {
                for span in line.spans {
                    page.lines[top + index].spans.append(
                        Span(
                            x: span.x + offset, text: span.text, role: span.role,
                            link: span.link.map { $0 + linkBase }))
                }
            }
        }
    }

    public mutating func setSpatial() { page.spatial = true }

    /// Appends a line of cells placed at given columns, left to right. Each is cut (with an
    /// ellipsis) to end a column before the next one starts, so no text runs into the next cell.
    public mutating func cells(_ cells: [(x: Int, text: String, role: Role, link: (LinkTarget, ItemRef?, String?)?)]) {
        var line = PageLine()
        for (index, cell) in cells.enumerated() {
            let end = index + 1 < cells.count ? cells[index + 1].x - 1 : width
            var linkIndex: Int?
            if let (target, evidence, description) = cell.link {
                linkIndex = page.links.count
                page.links.append(
                    PageLink(
                        target: target, evidence: evidence, lines: page.lines.count...page.lines.count,
                        x: cell.x, description: description))
            }
            let text = Wrap.clip(
                style.prepare(cell.text), width: max(0, min(width, end) - cell.x), ellipsis: style.ascii ? "..." : "…")
            line.spans.append(Span(x: cell.x, text: text, role: cell.role, link: linkIndex))
        }
        page.lines.append(line)
    }

    public var lineCount: Int { page.lines.count }
}
