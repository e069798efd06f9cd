import StoryModel

/// The help overlay and its keys.
extension BrowserState {
    mutating func handleHelp(_ key: Key, _ offset: Int, _ context: BrowserContext) -> [Effect] {
        let (lines, visible) = HelpOverlay.height(
            screen: screen, matrix: showsMatrix, body: layout.body, style: context.style)
        let limit = max(0, lines - visible)
        guard let action = Keymap.action(for: key, in: [.overlay, .navigation, .global]) else { return [] }
        var offset = offset
        switch action {
        case .quit, .forceQuit: return [.quit]
        case .redraw: return [.redraw]
        case .closeOverlay, .help, .follow:
            mode = .normal
            return []
        case .moveDown: offset += 1
        case .moveUp: offset -= 1
        case .pageDown, .halfPageDown: offset += max(1, visible - 1)
        case .pageUp, .halfPageUp: offset -= max(1, visible - 1)
        case .top: offset = 0
        case .bottom: offset = limit
        default: return []
        }
        mode = .help(offset: min(max(0, offset), limit))
        return []
    }
}

/// The help overlay: every key of the current view, generated from the keymap table.
enum HelpOverlay {
    static func lines(for screen: ScreenID, matrix: Bool, style: TextStyle) -> [(text: String, role: Role)] {
        var lines: [(String, Role)] = [
            ("Keys in \(screen.title)\(screen == .narratives && matrix ? " (who stands where)" : "")", .heading),
            ("", .normal),
        ]
        lines += firstSteps(screen)
        let bindings = Keymap.bindings(in: screen.contexts)
        for context in screen.contexts {
            let group = bindings.filter { $0.context == context }
            guard !group.isEmpty else { continue }
            lines.append((context.title, .heading))
            for binding in group { lines.append((row(binding), .normal)) }
            lines.append(("", .normal))
        }
        lines.append((KeyContext.search.title, .heading))
        for binding in Keymap.bindings(in: [.search]) { lines.append((row(binding), .normal)) }
        lines.append(("", .normal))
        lines.append(
            ("Marks: ● happened  ◐ ongoing  ◷ scheduled  ○ expected  ◇ proposed  ✗ cancelled  ? unconfirmed", .dim))
        lines.append(("~ after a date: inferred, not printed in the source.  A, B, C: the sides of a question.", .dim))
        lines.append(("Esc, ? or F1 closes this help.", .dim))
        return lines.map { (style.prepare($0.0), $0.1) }
    }

    /// What a newcomer needs before anything else: how to change view, move, open, go back,
    /// search, get help and quit. The keys come from the keymap, like every row below.
    private static func firstSteps(_ screen: ScreenID) -> [(String, Role)] {
        let contexts = screen.contexts
        func key(_ action: Action) -> String? { Keymap.key(for: action, in: contexts)?.name }
        let views: [Action] = [.showOverview, .showEntities, .showTimeline, .showNarratives, .showSource]
        var rows: [(keys: String, text: String)] = [
            (views.compactMap(key).joined(separator: " "), "change view (the tabs at the top)")
        ]
        if let down = key(.moveDown), let up = key(.moveUp) { rows.append(("\(down), \(up)", "move down, up")) }
        for action in [Action.follow, .back, .startSearch, .help, .quit] {
            if let key = key(action) { rows.append((key, action.help)) }
        }
        return [("First steps", .heading)] + rows.map { (row(keys: $0.keys, text: $0.text), .normal) } + [("", .normal)]
    }

    private static func row(_ binding: Binding) -> String {
        row(keys: binding.keys.map(\.name).joined(separator: ", "), text: binding.action.help)
    }

    private static func row(keys: String, text: String) -> String {
        "  " + keys + String(repeating: " ", count: max(1, 24 - DisplayWidth.of(keys))) + text
    }

    /// The help's lines wrapped to `width`, none cut: a key's description wraps under itself,
    /// in a column of keys narrowed to fit a narrow box; other lines wrap under their start.
    static func rows(for screen: ScreenID, matrix: Bool, style: TextStyle, width: Int) -> [(text: String, role: Role)] {
        // Where descriptions start: column 26, or two fifths of a box too narrow for that.
        let column = width >= 42 ? 26 : max(12, width * 2 / 5)
        var rows: [(text: String, role: Role)] = []
        for (text, role) in lines(for: screen, matrix: matrix, style: style) {
            let words = text.drop { $0 == " " }
            let indent = text.count - words.count
            // A key's row: "  keys", two spaces or more, the description.
            let gap = indent == 2 ? words.firstRange(of: "  ") : nil
            guard DisplayWidth.of(text) > width || (gap != nil && column != 26) else {
                rows.append((text, role))
                continue
            }
            var paragraph = String(words)
            var hanging = 2
            if let gap {
                let keys = words[..<gap.lowerBound]
                let description = words[gap.upperBound...].drop { $0 == " " }
                let pad = max(2, column - indent - DisplayWidth.of(keys))
                paragraph = keys + String(repeating: " ", count: pad) + description
                hanging = column - indent
            }
            var builder = PageBuilder(width: width, style: TextStyle())
            builder.paragraph(paragraph, role: role, indent: indent, hanging: hanging)
            for line in builder.page.lines {
                var row = ""
                for span in line.spans {
                    row += String(repeating: " ", count: max(0, span.x - DisplayWidth.of(row))) + span.text
                }
                rows.append((row, role))
            }
        }
        return rows
    }

    /// The box over the body, and where its text goes: the two columns between the text and
    /// the right border are a blank one and the scroll marks'.
    static func box(body: Rect) -> (box: Rect, inside: Rect) {
        let box = Rect(
            x: body.x + max(0, (body.width - 84) / 2), y: body.y, width: min(body.width, 84), height: body.height)
        return (box, box.inset(left: 2, right: 2, top: 1, bottom: 1))
    }

    static func render(
        screen: ScreenID, matrix: Bool, offset: Int, into grid: inout Grid, body: Rect, context: BrowserContext
    ) {
        let (box, _) = box(body: body)
        let inside = Box.render(title: "Help", into: &grid, rect: box, glyphs: context.glyphs, style: context.style)
        let lines = rows(for: screen, matrix: matrix, style: context.style, width: inside.width)
        for row in 0..<inside.height {
            let index = offset + row
            guard index < lines.count else { break }
            grid.put(lines[index].text, x: inside.x, y: inside.y + row, role: lines[index].role)
        }
        ScrollMarks.render(
            total: lines.count, offset: offset, into: &grid, rect: inside, x: inside.maxX + 1,
            ascii: context.style.ascii)
    }

    /// The scroll offset kept within the help's lines.
    static func settled(_ offset: Int, screen: ScreenID, matrix: Bool, body: Rect, style: TextStyle) -> Int {
        let (lines, visible) = height(screen: screen, matrix: matrix, body: body, style: style)
        return min(max(0, offset), max(0, lines - visible))
    }

    static func height(screen: ScreenID, matrix: Bool, body: Rect, style: TextStyle) -> (lines: Int, visible: Int) {
        let inside = box(body: body).inside
        return (rows(for: screen, matrix: matrix, style: style, width: inside.width).count, inside.height)
    }
}
