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
    public private(set) var page = Page()

    public init(width: Int, style: TextStyle) {
        self.width = max(1, width)
        self.style = style
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
    /// link covering several lines.
    public mutating func flow(_ pieces: [Piece], indent: Int = 0, hanging: Int = 0) {
        var current = PageLine()
        var wrap = WordWrap(start: indent, restStart: indent + hanging, end: width)
        func newLine() {
            page.lines.append(current)
            current = PageLine()
            wrap.startRow()
        }
        func draw(_ text: String, width: Int, role: Role, link: Int?) {
            guard !text.isEmpty else { return }
            append(text, role: role, link: link, to: &current, x: wrap.x)
            wrap.advance(width)
        }
        for piece in pieces {
            let text: String
            let role: Role
            var linkIndex: Int?
            switch piece {
            case .text(let value, let pieceRole):
                text = style.prepare(value)
                role = pieceRole
            case .link(let value, let pieceRole, let target, let evidence, let description):
                text = style.prepare(value)
                role = pieceRole
                linkIndex = page.links.count
                page.links.append(
                    PageLink(
                        target: target, evidence: evidence, lines: page.lines.count...page.lines.count,
                        x: wrap.x, description: description))
            }
            // Split into words, keeping the spaces that separate them. A link's position is
            // where its first word lands, which may be after a wrap.
            var started = false
            func mark() {
                guard let linkIndex else { return }
                if !started {
                    page.links[linkIndex].lines = page.lines.count...page.lines.count
                    page.links[linkIndex].x = wrap.x
                    started = true
                } else {
                    page.links[linkIndex].lines = page.links[linkIndex].lines.lowerBound...page.lines.count
                }
            }
            var first = true
            for word in words(of: text) {
                let spaced = !first
                first = false
                let wordWidth = DisplayWidth.of(word)
                switch wrap.fit(width: wordWidth, spaced: spaced) {
                case .newRow:
                    newLine()
                case .sameRow(let drawsSpace):
                    if drawsSpace {
                        draw(
                            " ", width: 1, role: started || linkIndex == nil ? role : .normal,
                            link: started ? linkIndex : nil)
                    }
                }
                var remaining = Substring(word)
                var remainingWidth = wordWidth
                // A word wider than the rest of the row is cut between characters.
                while remainingWidth > wrap.room && wrap.room > 0 {
                    let chunk = WordWrap.prefix(of: remaining, fitting: wrap.room)
                    if chunk.text.isEmpty { break }
                    mark()
                    draw(String(chunk.text), width: chunk.width, role: role, link: linkIndex)
                    remaining = remaining[chunk.text.endIndex...]
                    remainingWidth -= chunk.width
                    newLine()
                }
                if !remaining.isEmpty {
                    mark()
                    draw(String(remaining), width: remainingWidth, role: role, link: linkIndex)
                }
            }
            if let linkIndex, !started {
                // An empty link text: anchor it where it stands.
                page.links[linkIndex].lines = page.lines.count...page.lines.count
                page.links[linkIndex].x = wrap.x
            }
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
                style.prepare(cell.text), width: max(0, min(width, end) - cell.x), ellipsis: style.ascii ? "." : "…")
            line.spans.append(Span(x: cell.x, text: text, role: cell.role, link: linkIndex))
        }
        page.lines.append(line)
    }

    public var lineCount: Int { page.lines.count }
}
