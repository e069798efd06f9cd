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

/// The status bar: where the user is and what is selected on the left, the keys that matter
/// here on the right.
///
/// The kept hints (`? help  q quit`) are always shown. The place ("Timeline 3/13 · only
/// Zelensky", "Source · 1/2 Carrow and Northline set to sign…") keeps up to half the bar, and
/// with the selected item's description after it at least a third (all of it, if shorter):
/// the other hints, most useful first, take only what that leaves, and the text is cut at a
/// word with an ellipsis. A message (after a
/// key: a search's result, an error) takes the place's room until the next key; one too long
/// for the bar beside the kept hints is shown whole, wrapped, in rows just above the bar, which
/// keeps the place and the description.
enum StatusBar {
    typealias Hint = (key: String, label: String)

    struct Line {
        var place: String
        var description: String?
        var hints: [Hint]
        var kept: [Hint] = []

        init(place: String, description: String? = nil, hints: [Hint], kept: [Hint] = []) {
            self.place = place
            self.description = description
            self.hints = hints
            self.kept = kept
        }
    }

    static func pieceWidth(_ hint: Hint) -> Int { DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.label) + 2 }

    /// What the bar shows at a width: the left text (cut to fit) and the hints, in order.
    static func layout(_ line: Line, width: Int, ellipsis: String, separator: String = " · ") -> (
        left: String, hints: [Hint]
    ) {
        let full = line.description.map { line.place + separator + $0 } ?? line.place
        // One space before the left text, two after it. The place claims up to half the bar
        // (a document's title may be longer), the place and description at least a third.
        let needed = 3 + max(min(DisplayWidth.of(line.place), width / 2), min(DisplayWidth.of(full), width / 3))
        var kept = line.kept
        var used = kept.reduce(0) { $0 + pieceWidth($1) }
        // Even the kept hints go when the bar is too narrow for them beside a little text.
        while !kept.isEmpty && used + min(needed, 15) > width { used -= pieceWidth(kept.removeFirst()) }
        var chosen: [Hint] = []
        // Most useful first. Past one that does not fit, a shorter one is taken only into room
        // the text does not need (it leaves the text whole).
        var skipped = false
        for hint in line.hints {
            let after = used + pieceWidth(hint)
            guard after + needed <= width, !skipped || after + 3 + DisplayWidth.of(full) <= width else {
                skipped = true
                continue
            }
            chosen.append(hint)
            used = after
        }
        let room = max(0, width - used - 3)
        // The description where a few words of it show after the place; else the place alone.
        let cut = Fit.line(full, width: room, ellipsis: ellipsis)
        if cut == full || DisplayWidth.of(cut) >= DisplayWidth.of(line.place + separator) + 10 {
            return (cut, chosen + kept)
        }
        return (Fit.line(line.place, width: room, ellipsis: ellipsis), chosen + kept)
    }

    /// Draws the bar in `rect`; a message too long for it goes in rows of `above` just over it.
    static func render(
        _ line: Line, message: String?, into grid: inout Grid, rect: Rect, above: Rect, style: TextStyle
    ) {
        guard !rect.isEmpty else { return }
        let ellipsis = style.ascii ? "..." : "…"
        let prepared = Line(
            place: style.prepare(line.place), description: line.description.map { style.prepare($0) },
            hints: line.hints, kept: line.kept)
        var shown = layout(prepared, width: rect.width, ellipsis: ellipsis, separator: style.prepare(" · "))
        var isMessage = false
        if let message = message.map({ style.prepare($0) }) {
            // The message has the bar beside the kept hints; longer, it goes above.
            let inBar = layout(Line(place: message, hints: [], kept: line.kept), width: rect.width, ellipsis: "")
            if inBar.left == message {
                shown = inBar
                isMessage = true
            } else {
                renderAbove(message, into: &grid, rect: rect, above: above, style: style)
            }
        }
        grid.fill(rect, role: .statusBar)
        grid.put(" " + shown.left, x: rect.x, y: rect.y, role: isMessage ? .error : .statusBar)
        var x = rect.maxX - shown.hints.reduce(0) { $0 + pieceWidth($1) }
        for (key, label) in shown.hints {
            x += grid.put(key, x: x, y: rect.y, role: .statusKey)
            x += grid.put(" " + label + "  ", x: x, y: rect.y, role: .statusBar)
        }
    }

    /// A long message, wrapped, in the rows just above the bar (at most half the body; the
    /// last row it gets is cut, should even that not do).
    private static func renderAbove(_ message: String, into grid: inout Grid, rect: Rect, above: Rect, style: TextStyle)
    {
        let width = max(1, rect.width - 2)
        var builder = PageBuilder(width: width, style: TextStyle())
        builder.paragraph(message, role: .error)
        var lines = builder.page.lines.map { $0.spans.map(\.text).joined() }
        let room = max(1, above.height / 2)
        if lines.count > room {
            let rest = lines[(room - 1)...].joined(separator: " ")
            lines = Array(lines.prefix(room - 1)) + [Fit.line(rest, width: width, ellipsis: style.ascii ? "..." : "…")]
        }
        let top = rect.y - lines.count
        grid.fill(Rect(x: rect.x, y: top, width: rect.width, height: lines.count), role: .statusBar)
        for (offset, line) in lines.enumerated() {
            grid.put(line, x: rect.x + 1, y: top + offset, role: .error)
        }
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
