import StoryModel

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

    static func render(
        screen: ScreenID, matrix: Bool, offset: Int, into grid: inout Grid, body: Rect, context: BrowserContext
    ) {
        let lines = lines(for: screen, matrix: matrix, style: context.style)
        let box = Rect(
            x: body.x + max(0, (body.width - 84) / 2), y: body.y, width: min(body.width, 84), height: body.height)
        let inside = Box.render(title: "Help", into: &grid, rect: box, glyphs: context.glyphs, style: context.style)
        for row in 0..<inside.height {
            let index = offset + row
            guard index < lines.count else { break }
            grid.put(
                Wrap.clip(lines[index].text, width: inside.width, ellipsis: context.glyphs.ellipsis),
                x: inside.x, y: inside.y + row, role: lines[index].role, maxWidth: inside.width)
        }
        ScrollMarks.render(total: lines.count, offset: offset, into: &grid, rect: inside, ascii: context.style.ascii)
    }

    static func height(screen: ScreenID, matrix: Bool, body: Rect, style: TextStyle) -> (lines: Int, visible: Int) {
        (lines(for: screen, matrix: matrix, style: style).count, max(0, body.height - 2))
    }
}

/// Search results as the user types, grouped by kind.
enum SearchOverlay {
    enum Row: Hashable {
        case header(String)
        case result(Int)
    }

    static func rows(_ session: SearchSession) -> [Row] {
        var rows: [Row] = []
        var group = ""
        // Groups in the order of their best result, so the best match is near the top;
        // within a group, results keep their rank.
        var best: [Int: Int] = [:]
        for result in session.results {
            best[result.target.groupOrder] = max(best[result.target.groupOrder] ?? .min, result.score)
        }
        let order = session.results.indices.sorted {
            let a = session.results[$0].target.groupOrder
            let b = session.results[$1].target.groupOrder
            if a == b { return $0 < $1 }
            return (best[a]!, -a) > (best[b]!, -b)
        }
        for index in order {
            let name = session.results[index].target.groupName
            if name != group {
                let count = session.results.filter { $0.target.groupName == name }.count
                rows.append(.header("\(name) (\(count))"))
                group = name
            }
            rows.append(.result(index))
        }
        return rows
    }

    /// Results in display order (grouped), for moving the selection.
    static func displayOrder(_ session: SearchSession) -> [Int] {
        rows(session).compactMap { if case .result(let index) = $0 { index } else { nil } }
    }

    static func label(_ result: SearchIndex.Result, context: BrowserContext) -> String {
        switch result.target {
        case .item(.entity(let index)):
            let entity = context.story.entities[index]
            return result.field == .name ? "\(entity.name)  \(entity.role)" : "\(entity.name)  (\(result.text))"
        case .item(.claim(let index)):
            let claim = context.story.claims[index]
            let said = result.field == .quote ? "\u{201C}\(result.text)\u{201D}" : result.text
            return "\(context.entityName(claim.speaker)): \(said)"
        case .item(let item):
            let name = context.name(of: item)
            return result.text == name ? name : "\(name)  (\(result.text))"
        case .passage(let document, let range):
            let line = context.story.documents[document].text.line(ofScalar: range.lowerBound)
            return "line \(line): \(result.text)"
        }
    }

    static func render(_ session: SearchSession, into grid: inout Grid, body: Rect, context: BrowserContext) {
        let title =
            session.query.isEmpty
            ? "Search the whole story"
            : "\(session.results.count) result\(session.results.count == 1 ? "" : "s") for \u{201C}\(session.query)\u{201D}"
        let inside = Box.render(title: title, into: &grid, rect: body, glyphs: context.glyphs, style: context.style)
        guard !inside.isEmpty else { return }
        if session.query.isEmpty {
            grid.put(
                context.style.prepare(
                    "Type a name, a word or a phrase. Names rank first, then titles, quotes, and the source text."),
                x: inside.x, y: inside.y, role: .dim, maxWidth: inside.width)
            return
        }
        if session.results.isEmpty {
            grid.put("Nothing matches.", x: inside.x, y: inside.y, role: .dim, maxWidth: inside.width)
            return
        }
        let rows = rows(session)
        let selected =
            displayOrder(session).indices.contains(session.cursor.selected)
            ? displayOrder(session)[session.cursor.selected] : nil
        for row in 0..<inside.height {
            let index = session.cursor.offset + row
            guard index < rows.count else { break }
            let y = inside.y + row
            switch rows[index] {
            case .header(let title):
                grid.put(context.style.prepare(title), x: inside.x, y: y, role: .heading, maxWidth: inside.width)
            case .result(let resultIndex):
                let isSelected = resultIndex == selected
                if isSelected { grid.fill(Rect(x: inside.x, y: y, width: inside.width, height: 1), role: .selection) }
                let text = Wrap.clip(
                    context.style.prepare(label(session.results[resultIndex], context: context)),
                    width: inside.width - 2, ellipsis: context.glyphs.ellipsis)
                grid.put(
                    (isSelected ? "> " : "  ") + text, x: inside.x, y: y, role: isSelected ? .selection : .normal,
                    maxWidth: inside.width)
            }
        }
        ScrollMarks.render(
            total: rows.count, offset: session.cursor.offset, into: &grid, rect: inside, ascii: context.style.ascii)
    }
}

/// A small list to pick from.
enum PickerOverlay {
    static func box(body: Rect, picker: Picker) -> Rect {
        let width = min(body.width, 56)
        let height = min(body.height, picker.options.count + 2)
        return Rect(
            x: body.x + (body.width - width) / 2, y: body.y + max(0, (body.height - height) / 3), width: width,
            height: height)
    }

    static func render(_ picker: Picker, into grid: inout Grid, body: Rect, context: BrowserContext) {
        let inside = Box.render(
            title: picker.title, into: &grid, rect: box(body: body, picker: picker), glyphs: context.glyphs,
            style: context.style)
        for row in 0..<inside.height {
            let index = picker.cursor.offset + row
            guard index < picker.options.count else { break }
            let isSelected = index == picker.cursor.selected
            let y = inside.y + row
            if isSelected { grid.fill(Rect(x: inside.x, y: y, width: inside.width, height: 1), role: .selection) }
            grid.put(
                (isSelected ? "> " : "  ") + context.style.prepare(picker.options[index].label), x: inside.x, y: y,
                role: isSelected ? .selection : .normal, maxWidth: inside.width)
        }
        ScrollMarks.render(
            total: picker.options.count, offset: picker.cursor.offset, into: &grid, rect: inside,
            ascii: context.style.ascii)
    }
}
