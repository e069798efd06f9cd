/// Draws a list: group headers, items, the selection as a bar with a marker (so it reads
/// without colour), and arrows at the right edge when there is more above or below. The last
/// column is the arrows' own: no item is drawn in it. (Pages, whose lines end anywhere, keep
/// a blank column before it too; a list's item mostly ends in "…" where it reaches the arrow.)
enum ListView {
    static func render(
        rows: [ListRow], cursor: ListCursor, focused: Bool, into grid: inout Grid, rect: Rect,
        glyphs: Glyphs, style: TextStyle, text: (ListRow, Int) -> String
    ) {
        guard !rect.isEmpty else { return }
        for row in 0..<rect.height {
            let index = cursor.offset + row
            guard index < rows.count else { break }
            let y = rect.y + row
            let isSelected = index == cursor.selected
            switch rows[index] {
            case .header(let title):
                grid.put(
                    Fit.line(style.prepare(title), width: rect.width - 3, ellipsis: glyphs.ellipsis), x: rect.x + 1,
                    y: y, role: .heading)
            case .item:
                let role: Role = isSelected ? (focused ? .selection : .selectionUnfocused) : .normal
                if isSelected { grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: role) }
                if isSelected { grid.put(">", x: rect.x, y: y, role: role) }
                let line = Wrap.clip(
                    style.prepare(text(rows[index], rect.width - 3)), width: rect.width - 3, ellipsis: glyphs.ellipsis)
                grid.put(line, x: rect.x + 2, y: y, role: role)
            }
        }
        ScrollMarks.render(total: rows.count, offset: cursor.offset, into: &grid, rect: rect, ascii: style.ascii)
    }
}

enum ScrollMarks {
    /// "▲" at the top of column `x` (the rect's last column unless given) when there is more
    /// above, "▼" at the bottom when more below. The column is the marks' own, and the one
    /// before it is blank: whoever lays out the rect leaves both free of text.
    static func render(total: Int, offset: Int, into grid: inout Grid, rect: Rect, x: Int? = nil, ascii: Bool) {
        guard rect.width > 0, rect.height > 0 else { return }
        let column = x ?? rect.maxX - 1
        if offset > 0 { grid.put(ascii ? "^" : "▲", x: column, y: rect.y, role: .dim) }
        if offset + rect.height < total { grid.put(ascii ? "v" : "▼", x: column, y: rect.maxY - 1, role: .dim) }
    }
}

/// Draws a page: its visible lines, the selected link emphasised when the pane has focus.
enum PageView {
    static func render(_ page: Page, cursor: PageCursor, focused: Bool, into grid: inout Grid, rect: Rect, ascii: Bool)
    {
        guard !rect.isEmpty else { return }
        for row in 0..<rect.height {
            let lineIndex = cursor.offset + row
            guard lineIndex < page.lines.count else { break }
            let line = page.lines[lineIndex]
            let y = rect.y + row
            if let fill = line.fill { grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: fill) }
            for span in line.spans where span.x < rect.width {
                var role = span.role
                if let link = span.link, link == cursor.link {
                    role =
                        focused
                        ? (span.role == .highlight || span.role == .evidence ? .highlightCurrent : .linkSelected)
                        : span.role
                }
                grid.put(span.text, x: rect.x + span.x, y: y, role: role, maxWidth: rect.width - span.x)
            }
        }
        ScrollMarks.render(total: page.lines.count, offset: cursor.offset, into: &grid, rect: rect, ascii: ascii)
    }
}
