/// Cursor movement and clamping for lists and pages. Every function leaves the cursor in
/// range and its selection visible, so no state is ever left for render to fix.
enum Cursors {
    // MARK: Lists

    static func isSelectable(_ rows: [ListRow], _ index: Int) -> Bool {
        rows.indices.contains(index) && rows[index].item != nil
    }

    /// Moves the selection by `delta` rows, skipping headers, and keeps it visible.
    static func move(_ cursor: inout ListCursor, rows: [ListRow], by delta: Int, height: Int) {
        guard !rows.isEmpty else {
            cursor = ListCursor()
            return
        }
        var target = min(max(cursor.selected + delta, 0), rows.count - 1)
        let step = delta >= 0 ? 1 : -1
        while rows.indices.contains(target), !isSelectable(rows, target) { target += step }
        if !isSelectable(rows, target) {
            // Ran past the end: take the last selectable row in that direction.
            target = cursor.selected
            var probe = cursor.selected
            while rows.indices.contains(probe + step) {
                probe += step
                if isSelectable(rows, probe) { target = probe }
            }
        }
        cursor.selected = target
        clamp(&cursor, rows: rows, height: height)
    }

    /// Puts a list cursor in range: selection on a selectable row, offset so that it shows,
    /// with the header above the selection shown too when there is room.
    static func clamp(_ cursor: inout ListCursor, rows: [ListRow], height: Int) {
        guard !rows.isEmpty else {
            cursor = ListCursor()
            return
        }
        cursor.selected = min(max(cursor.selected, 0), rows.count - 1)
        if !isSelectable(rows, cursor.selected) {
            if let next = (cursor.selected..<rows.count).first(where: { isSelectable(rows, $0) }) {
                cursor.selected = next
            } else if let previous = (0..<cursor.selected).last(where: { isSelectable(rows, $0) }) {
                cursor.selected = previous
            }
        }
        let visible = max(1, height)
        if cursor.selected < cursor.offset { cursor.offset = cursor.selected }
        if cursor.selected >= cursor.offset + visible { cursor.offset = cursor.selected - visible + 1 }
        if cursor.offset == cursor.selected, cursor.selected > 0, !isSelectable(rows, cursor.selected - 1), visible > 1
        {
            cursor.offset -= 1
        }
        cursor.offset = min(max(cursor.offset, 0), max(0, rows.count - visible))
    }

    // MARK: Pages

    static func maxOffset(_ page: Page, height: Int) -> Int { max(0, page.height - max(1, height)) }

    static func clamp(_ cursor: inout PageCursor, page: Page, height: Int) {
        if page.links.isEmpty {
            cursor.link = nil
        } else if let link = cursor.link {
            cursor.link = min(max(link, 0), page.links.count - 1)
        }
        cursor.offset = min(max(cursor.offset, 0), maxOffset(page, height: height))
    }

    /// Scrolls so that a link is on screen.
    static func reveal(_ cursor: inout PageCursor, page: Page, height: Int) {
        guard let index = cursor.link, page.links.indices.contains(index) else { return }
        let lines = page.links[index].lines
        let visible = max(1, height)
        if lines.lowerBound < cursor.offset {
            cursor.offset = lines.lowerBound
        } else if lines.upperBound >= cursor.offset + visible {
            cursor.offset = min(lines.lowerBound, lines.upperBound - visible + 1)
        }
        clamp(&cursor, page: page, height: height)
    }

    static func isVisible(_ link: PageLink, _ cursor: PageCursor, height: Int) -> Bool {
        link.lines.lowerBound >= cursor.offset && link.lines.lowerBound < cursor.offset + max(1, height)
    }

    /// The first link that starts in view, if any.
    static func firstVisibleLink(_ page: Page, _ cursor: PageCursor, height: Int) -> Int? {
        page.links.indices.first { isVisible(page.links[$0], cursor, height: height) }
    }

    /// j and k on a page: to the next link if it is on screen, otherwise scroll half a page
    /// towards it, so text between links can be read.
    static func step(_ cursor: inout PageCursor, page: Page, height: Int, forward: Bool) {
        let visible = max(1, height)
        if page.spatial, let current = cursor.link {
            if let target = nearestVertical(page, from: current, down: forward) {
                cursor.link = target
                reveal(&cursor, page: page, height: height)
            } else {
                scroll(&cursor, page: page, height: height, by: forward ? visible / 2 : -visible / 2)
            }
            return
        }
        let candidate: Int?
        if let current = cursor.link {
            candidate =
                forward ? (current + 1 < page.links.count ? current + 1 : nil) : (current > 0 ? current - 1 : nil)
        } else {
            candidate =
                forward
                ? page.links.indices.first { page.links[$0].lines.lowerBound >= cursor.offset }
                : page.links.indices.last { page.links[$0].lines.lowerBound < cursor.offset + visible }
        }
        if let candidate, isVisible(page.links[candidate], cursor, height: height) {
            cursor.link = candidate
            reveal(&cursor, page: page, height: height)
            return
        }
        let before = cursor.offset
        scroll(&cursor, page: page, height: height, by: forward ? max(1, visible / 2) : -max(1, visible / 2))
        if let candidate, isVisible(page.links[candidate], cursor, height: height) {
            cursor.link = candidate
            reveal(&cursor, page: page, height: height)
        } else if cursor.offset == before, let candidate {
            // Cannot scroll further (a short page): take the link anyway.
            cursor.link = candidate
            reveal(&cursor, page: page, height: height)
        }
    }

    /// Scrolls by lines; a selected link that leaves the view gives way to the first in view.
    static func scroll(_ cursor: inout PageCursor, page: Page, height: Int, by lines: Int) {
        cursor.offset = min(max(cursor.offset + lines, 0), maxOffset(page, height: height))
        if let link = cursor.link, !isVisible(page.links[link], cursor, height: height) {
            cursor.link = firstVisibleLink(page, cursor, height: height) ?? cursor.link
        }
    }

    /// h and l: the nearest link to the right (or left), the vertically closest first, then
    /// the horizontally closest: from one side's claim to the other side's.
    static func nearestHorizontal(_ page: Page, from index: Int, right: Bool) -> Int? {
        let current = page.links[index]
        func lineDistance(_ link: PageLink) -> Int {
            if link.lines.overlaps(current.lines) { return 0 }
            return link.lines.lowerBound > current.lines.upperBound
                ? link.lines.lowerBound - current.lines.upperBound : current.lines.lowerBound - link.lines.upperBound
        }
        return page.links.indices
            .filter { $0 != index && (right ? page.links[$0].x > current.x : page.links[$0].x < current.x) }
            .min { a, b in
                let left = (lineDistance(page.links[a]), abs(page.links[a].x - current.x))
                let right = (lineDistance(page.links[b]), abs(page.links[b].x - current.x))
                return left < right
            }
    }

    /// For grids: the link on the nearest line below (or above) with the closest column.
    static func nearestVertical(_ page: Page, from index: Int, down: Bool) -> Int? {
        let current = page.links[index]
        let line = current.lines.lowerBound
        let candidates = page.links.indices.filter {
            down ? page.links[$0].lines.lowerBound > line : page.links[$0].lines.lowerBound < line
        }
        guard
            let nearestLine =
                (down
                    ? candidates.map { page.links[$0].lines.lowerBound }.min()
                    : candidates.map { page.links[$0].lines.lowerBound }.max())
        else { return nil }
        return candidates.filter { page.links[$0].lines.lowerBound == nearestLine }
            .min { abs(page.links[$0].x - current.x) < abs(page.links[$1].x - current.x) }
    }
}
