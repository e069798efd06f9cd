/// The title bar: the program, the five views with the current one marked, the story title.
enum TitleBar {
    static let prefix = " storyscope "

    static func label(_ screen: ScreenID, current: Bool, compact: Bool = false) -> String {
        if current { return "[\(screen.rawValue) \(screen.title)]" }
        return compact ? " \(screen.rawValue) " : " \(screen.rawValue) \(screen.title) "
    }

    /// Where each view's tab goes: full labels when they all fit, otherwise numbers only with
    /// the current view written out, so it is always named.
    static func tabs(current: ScreenID, width: Int) -> [(screen: ScreenID, x: Int, label: String)] {
        for compact in [false, true] {
            var x = DisplayWidth.of(prefix)
            var result: [(screen: ScreenID, x: Int, label: String)] = []
            for screen in ScreenID.allCases {
                let label = label(screen, current: screen == current, compact: compact)
                result.append((screen, x, label))
                x += DisplayWidth.of(label)
            }
            if x <= width || compact { return result.filter { $0.x + DisplayWidth.of($0.label) <= width } }
        }
        return []
    }

    /// The view whose tab is at column x, for mouse clicks.
    static func screen(at x: Int, current: ScreenID, width: Int) -> ScreenID? {
        tabs(current: current, width: width).first { x >= $0.x && x < $0.x + DisplayWidth.of($0.label) }?.screen
    }

    static func render(current: ScreenID, storyTitle: String, into grid: inout Grid, rect: Rect, style: TextStyle) {
        guard !rect.isEmpty else { return }
        grid.fill(rect, role: .titleBar)
        var x = rect.x
        x += grid.put(prefix, x: x, y: rect.y, role: .titleBar, maxWidth: rect.maxX - x)
        for tab in tabs(current: current, width: rect.width) {
            x = rect.x + tab.x
            x += grid.put(tab.label, x: x, y: rect.y, role: tab.screen == current ? .titleBarCurrent : .titleBar)
        }
        let room = rect.maxX - x - 2
        if room >= 12 {
            let title = Wrap.clip(style.prepare(storyTitle), width: room, ellipsis: style.ascii ? "..." : "…")
            grid.put(title, x: rect.maxX - 1 - DisplayWidth.of(title), y: rect.y, role: .titleBar)
        }
    }
}

/// The status bar: where the user is on the left, the keys that matter here on the right.
enum StatusBar {
    static func render(
        position: String, hints: [(key: String, label: String)], into grid: inout Grid, rect: Rect,
        style: TextStyle, message: Bool
    ) {
        guard !rect.isEmpty else { return }
        grid.fill(rect, role: .statusBar)
        let prepared = style.prepare(position)
        // The position keeps at least half the bar; hints take what is left, from the right.
        let positionRoom = max(rect.width / 2, rect.width - 2 - hintsWidth(hints, limit: rect.width / 2))
        let left = Wrap.clip(
            prepared, width: max(0, min(DisplayWidth.of(prepared), positionRoom - 2)),
            ellipsis: style.ascii ? "..." : "…")
        let used = grid.put(" " + left, x: rect.x, y: rect.y, role: message ? .error : .statusBar)
        var pieces: [(String, String)] = []
        var width = 0
        for hint in hints {
            let pieceWidth = DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.label) + 2
            if used + 2 + width + pieceWidth > rect.width { break }
            pieces.append((hint.key, hint.label))
            width += pieceWidth
        }
        var x = rect.maxX - width
        for (key, label) in pieces {
            x += grid.put(key, x: x, y: rect.y, role: .statusKey)
            x += grid.put(" " + label + "  ", x: x, y: rect.y, role: .statusBar)
        }
    }

    /// The width of the hints that fit in `limit`.
    private static func hintsWidth(_ hints: [(key: String, label: String)], limit: Int) -> Int {
        var width = 0
        for hint in hints {
            let pieceWidth = DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.label) + 2
            if width + pieceWidth > limit { break }
            width += pieceWidth
        }
        return width
    }
}

/// A bordered box over the body, for help, search results and pickers.
enum Box {
    /// Draws the frame and returns the inside.
    static func render(title: String, into grid: inout Grid, rect: Rect, glyphs: Glyphs, style: TextStyle) -> Rect {
        guard rect.width >= 4, rect.height >= 3 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        grid.fill(rect, role: .normal)
        let horizontal = String(glyphs.horizontalLine)
        let vertical = String(glyphs.verticalLine)
        let corners: [String] = style.ascii ? ["+", "+", "+", "+"] : ["┌", "┐", "└", "┘"]
        grid.put(
            corners[0] + String(repeating: horizontal, count: rect.width - 2) + corners[1], x: rect.x, y: rect.y,
            role: .borderFocused)
        grid.put(
            corners[2] + String(repeating: horizontal, count: rect.width - 2) + corners[3], x: rect.x, y: rect.maxY - 1,
            role: .borderFocused)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            grid.put(vertical, x: rect.x, y: y, role: .borderFocused)
            grid.put(vertical, x: rect.maxX - 1, y: y, role: .borderFocused)
        }
        let label = Wrap.clip(style.prepare(" \(title) "), width: rect.width - 4, ellipsis: glyphs.ellipsis)
        grid.put(label, x: rect.x + 2, y: rect.y, role: .heading)
        return rect.inset(left: 2, right: 2, top: 1, bottom: 1)
    }
}
