import StoryModel

/// Search as you type: the query, the results, n and N.
extension BrowserState {
    mutating func handleSearch(_ key: Key, _ session: SearchSession, _ context: BrowserContext) -> [Effect] {
        var session = session
        let body = layout.body
        if let action = Keymap.action(for: key, in: [.search]) {
            let order = SearchOverlay.displayOrder(session)
            let visible = max(1, body.height - 2)
            switch action {
            case .forceQuit: return [.quit]
            case .closeOverlay:
                mode = .normal
                return []
            case .follow:
                guard order.indices.contains(session.cursor.selected) else {
                    message =
                        session.query.isEmpty
                        ? "Type something to search for." : "Nothing matches \u{201C}\(session.query)\u{201D}."
                    return []
                }
                lastSearch = session
                mode = .normal
                jump(to: session.results[order[session.cursor.selected]].target, context)
                message =
                    "Result \(session.cursor.selected + 1) of \(session.results.count) for \u{201C}\(session.query)\u{201D}: n next, N previous."
                return []
            case .moveDown: session.cursor.selected = min(session.cursor.selected + 1, max(0, order.count - 1))
            case .moveUp: session.cursor.selected = max(session.cursor.selected - 1, 0)
            case .pageDown: session.cursor.selected = min(session.cursor.selected + visible, max(0, order.count - 1))
            case .pageUp: session.cursor.selected = max(session.cursor.selected - visible, 0)
            case .deleteBackward: updateQuery(&session, String(session.query.dropLast()), context)
            case .deleteWord:
                var query = session.query
                while query.last == " " { query.removeLast() }
                while let last = query.last, last != " " { query.removeLast() }
                updateQuery(&session, query, context)
            case .clearQuery: updateQuery(&session, "", context)
            default: break
            }
        } else if case .character(let character) = key {
            updateQuery(&session, session.query + String(character), context)
        }
        mode = .search(session)
        return []
    }

    func updateQuery(_ session: inout SearchSession, _ query: String, _ context: BrowserContext) {
        guard query != session.query else { return }
        session.query = String(query.prefix(200))
        session.results = context.search.search(session.query)
        session.cursor = ListCursor()
    }

    /// Opens a result. One that is a row of a list (an entity, an event, a topic) leaves the
    /// focus on the list, so j and k move on from it at once; a claim or a relation, found
    /// inside a row's detail, keeps the detail's focus on its link.
    mutating func jump(to target: SearchIndex.Target, _ context: BrowserContext) {
        switch target {
        case .item(let item):
            follow(.item(item), context)
            switch item {
            case .entity, .event, .topic: if screen.hasList { place.focus = .list }
            case .claim, .relation: break
            }
        case .passage(let document, let range): follow(.passage(document: document, range: range), context)
        }
    }

    mutating func stepSearch(forward: Bool, _ context: BrowserContext) {
        guard var session = lastSearch, !session.results.isEmpty else {
            message = "No search yet: press / to search."
            return
        }
        let order = SearchOverlay.displayOrder(session)
        let count = order.count
        session.cursor.selected = ((session.cursor.selected + (forward ? 1 : -1)) % count + count) % count
        lastSearch = session
        jump(to: session.results[order[session.cursor.selected]].target, context)
        message = "Result \(session.cursor.selected + 1) of \(count) for \u{201C}\(session.query)\u{201D}."
    }
}

/// Search results as the user types, grouped by kind.
enum SearchOverlay {
    enum Row: Hashable {
        case header(String)
        case result(Int)
    }

    /// Keeps the cursor on a result and its row in view. The results are grouped once per step;
    /// the display order is the result rows of it.
    static func settle(_ session: inout SearchSession, body: Rect) {
        let rows = rows(session)
        let order = rows.compactMap { if case .result(let index) = $0 { index } else { nil } }
        session.cursor.selected = min(max(0, session.cursor.selected), max(0, order.count - 1))
        let selectedRow =
            order.indices.contains(session.cursor.selected)
            ? rows.firstIndex(of: .result(order[session.cursor.selected])) ?? 0 : 0
        let visible = max(1, body.height - 2)
        if selectedRow < session.cursor.offset { session.cursor.offset = max(0, selectedRow - 1) }
        if selectedRow >= session.cursor.offset + visible { session.cursor.offset = selectedRow - visible + 1 }
        session.cursor.offset = min(max(0, session.cursor.offset), max(0, rows.count - visible))
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

    /// A result as one line of at most `width` cells (before clipping): a passage whose match
    /// would fall past the width is shown from a little before the match.
    static func label(_ result: SearchIndex.Result, query: String = "", width: Int = .max, context: BrowserContext)
        -> String
    {
        switch result.target {
        case .item(.entity(let index)):
            let entity = context.story.entities[index]
            return result.field == .name ? "\(entity.name)  \(entity.role)" : "\(entity.name)  (\(result.text))"
        case .item(.claim(let index)):
            let claim = context.story.claims[index]
            let said = result.field == .quote ? "\u{201C}\(result.text)\u{201D}" : result.text
            return "\(context.speakerName(claim.speaker)): \(said)"
        case .item(let item):
            let name = context.name(of: item)
            return result.text == name ? name : "\(name)  (\(result.text))"
        case .passage(let document, let range):
            let line = context.lineReference(document: document, scalar: range.lowerBound)
            let full = "\(line): \(result.text)"
            guard DisplayWidth.of(full) > width, let match = matchStart(result.text, query: query) else { return full }
            let throughMatch = "\(line): " + result.text[..<match] + query
            if DisplayWidth.of(throughMatch) <= width - 1 { return full }
            return "\(line): \(snippet(result.text, from: match))"
        }
    }

    /// Where the query's first word matches in a text, folded as search folds (case and
    /// accents ignored).
    static func matchStart(_ text: String, query: String) -> String.Index? {
        guard let word = query.split(separator: " ").first.map({ foldForSearch(String($0)) }), !word.isEmpty else {
            return nil
        }
        // Each character folded once; the match may start at any of them.
        let characters = Array(text.indices)
        let folded = characters.map { foldForSearch(String(text[$0])) }
        for start in folded.indices {
            var joined = ""
            var next = start
            while next < folded.count, joined.count < word.count {
                joined += folded[next]
                next += 1
            }
            if joined.hasPrefix(word) { return characters[start] }
        }
        return nil
    }

    /// The text from the word before `match`, marked as cut: "…calls it a very big agreement".
    static func snippet(_ text: String, from match: String.Index) -> String {
        var start = match
        // Back to the start of the word before, so the match has a little context.
        var words = 0
        while start > text.startIndex {
            let before = text.index(before: start)
            if text[before] == " " {
                words += 1
                if words == 2 { break }
            }
            start = before
        }
        return start == text.startIndex ? text : "…" + text[start...]
    }

    static func render(_ session: SearchSession, into grid: inout Grid, body: Rect, context: BrowserContext) {
        let title =
            session.query.isEmpty
            ? "Search the whole story"
            : "\(session.results.count) result\(session.results.count == 1 ? "" : "s") for \u{201C}\(session.query)\u{201D}"
        let inside = Box.render(title: title, into: &grid, rect: body, glyphs: context.glyphs, style: context.style)
        guard !inside.isEmpty else { return }
        if session.query.isEmpty {
            // The hint wraps, never cut: it says what search looks through.
            var hint = PageBuilder(width: inside.width, style: context.style)
            hint.paragraph(
                "Type a name, a word or a phrase. Names rank first, then titles, quotes, and the source text.",
                role: .dim)
            for (row, line) in hint.page.lines.prefix(inside.height).enumerated() {
                for span in line.spans {
                    grid.put(span.text, x: inside.x + span.x, y: inside.y + row, role: span.role)
                }
            }
            return
        }
        if session.results.isEmpty {
            grid.put(
                Fit.line("Nothing matches.", width: inside.width, ellipsis: context.glyphs.ellipsis), x: inside.x,
                y: inside.y, role: .dim)
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
                grid.put(
                    Fit.line(context.style.prepare(title), width: inside.width, ellipsis: context.glyphs.ellipsis),
                    x: inside.x, y: y, role: .heading)
            case .result(let resultIndex):
                let isSelected = resultIndex == selected
                if isSelected { grid.fill(Rect(x: inside.x, y: y, width: inside.width, height: 1), role: .selection) }
                let text = Wrap.clip(
                    context.style.prepare(
                        label(
                            session.results[resultIndex], query: session.query, width: inside.width - 2,
                            context: context)),
                    width: inside.width - 2, ellipsis: context.glyphs.ellipsis)
                grid.put((isSelected ? "> " : "  ") + text, x: inside.x, y: y, role: isSelected ? .selection : .normal)
            }
        }
        // The marks go in the margin inside the border, a blank column after the text.
        ScrollMarks.render(
            total: rows.count, offset: session.cursor.offset, into: &grid, rect: inside, x: inside.maxX + 1,
            ascii: context.style.ascii)
    }
}
