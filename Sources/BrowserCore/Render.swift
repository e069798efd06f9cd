import StoryModel

/// Draws the whole screen for a state. Total: any size, 0x0 included, gives a grid of
/// exactly that size, and below the smallest usable size a notice says what is needed.
/// `recording` keeps a record of the writes in the grid, for tests (see `WriteRecord`).
public func render(_ state: BrowserState, _ context: BrowserContext, recording: Bool = false) -> Grid {
    var grid = Grid(size: state.size, recording: recording)
    let model = ScreenModel(state, context)
    let layout = model.layout
    if layout.isTooSmall {
        renderTooSmall(into: &grid, size: state.size)
        return grid
    }
    TitleBar.render(
        current: state.screen, storyTitle: context.story.title, into: &grid, rect: layout.title, style: context.style)
    renderBody(state, model, context, into: &grid)
    switch state.mode {
    case .normal: break
    case .help(let offset):
        HelpOverlay.render(
            screen: state.screen, matrix: state.showsMatrix, offset: offset, into: &grid, body: layout.body,
            context: context
        )
    case .search(let session): SearchOverlay.render(session, into: &grid, body: layout.body, context: context)
    case .picker(let picker): PickerOverlay.render(picker, into: &grid, body: layout.body, context: context)
    }
    StatusBar.render(
        statusLine(state, model, context), message: state.message, into: &grid, rect: layout.status,
        above: layout.body, style: context.style)
    return grid
}

private func renderTooSmall(into grid: inout Grid, size: Size) {
    let minimum = Layout.minimum
    // As many of the lines as there are rows, each fitted like any text.
    let lines = ["terminal too small", "(needs \(minimum.width)x\(minimum.height))"].prefix(size.height)
    let top = max(0, (size.height - lines.count) / 2)
    for (offset, line) in lines.enumerated() {
        let text = Fit.line(line, width: size.width, ellipsis: "…")
        grid.put(text, x: max(0, (size.width - DisplayWidth.of(text)) / 2), y: top + offset, role: .error)
    }
}

private func renderBody(_ state: BrowserState, _ model: ScreenModel, _ context: BrowserContext, into grid: inout Grid) {
    let layout = model.layout
    let place = state.place
    if let axis = layout.axis {
        TimelineScreen.axis(
            into: &grid, rect: axis, rows: model.rows, timeline: state.timeline, selected: model.selectedItem,
            context: context)
    }
    if let list = layout.list {
        ListView.render(
            rows: model.rows, cursor: place.list, focused: place.focus == .list, into: &grid, rect: list,
            glyphs: context.glyphs, style: context.style
        ) { row, width in
            switch row {
            case .item(.entity(let index)): EntitiesScreen.row(index, width: width, context: context)
            case .item(.event(let index)):
                TimelineScreen.row(index, width: width, outcomes: state.timeline.outcomes, context: context)
            case .item(.topic(let index)): NarrativesScreen.row(index, context: context)
            case .item(let item): context.name(of: item)
            case .header(let title): title
            }
        }
        if model.rows.isEmpty {
            grid.put(
                Fit.line("Nothing to show.", width: list.width - 3, ellipsis: context.glyphs.ellipsis), x: list.x + 2,
                y: list.y, role: .dim)
        }
    }
    if let separator = layout.separator {
        let focusedDetail = place.focus == .detail
        if separator.width == 1 {
            for y in separator.y..<separator.maxY {
                grid.put(String(context.glyphs.verticalLine), x: separator.x, y: y, role: .border)
            }
        } else {
            let title = model.selectedItem.map { context.name(of: $0) } ?? ""
            let line = String(repeating: String(context.glyphs.horizontalLine), count: separator.width)
            grid.put(line, x: separator.x, y: separator.y, role: focusedDetail ? .borderFocused : .border)
            if !title.isEmpty {
                let label = Wrap.clip(
                    context.style.prepare(" \(title) "), width: max(0, separator.width - 4),
                    ellipsis: context.glyphs.ellipsis)
                grid.put(label, x: separator.x + 2, y: separator.y, role: focusedDetail ? .borderFocused : .border)
            }
        }
    }
    if let detail = layout.detail {
        let focused = model.pageHasFocus(place)
        PageView.render(
            model.page, cursor: place.page, focused: focused, into: &grid, rect: detail, ascii: context.style.ascii)
        if model.page.lines.isEmpty {
            grid.put(
                Fit.line("Nothing selected.", width: detail.width - 2, ellipsis: context.glyphs.ellipsis),
                x: detail.x + 1, y: detail.y, role: .dim)
        }
    }
}

/// Where the user is, what is selected, and the keys that matter here, most useful first.
private func statusLine(_ state: BrowserState, _ model: ScreenModel, _ context: BrowserContext) -> StatusBar.Line {
    func hint(_ action: Action, _ contexts: [KeyContext], _ label: String? = nil) -> (key: String, label: String)? {
        guard !state.screen.idleActions.contains(action) else { return nil }
        return Keymap.key(for: action, in: contexts).map { (context.style.prepare($0.name), label ?? action.hint) }
    }
    /// "Up/Down": the first keys of two actions, as one hint.
    func pair(_ first: Action, _ second: Action, _ contexts: [KeyContext], _ label: String) -> (
        key: String, label: String
    )? {
        guard let a = Keymap.key(for: first, in: contexts), let b = Keymap.key(for: second, in: contexts) else {
            return nil
        }
        return (context.style.prepare("\(a.name)/\(b.name)"), label)
    }
    let contexts = state.keyContexts
    switch state.mode {
    case .search(let session):
        let cursor = context.style.ascii ? "_" : "▏"
        let count = session.query.isEmpty ? "" : "  \(session.results.count) found"
        let hints = [
            hint(.follow, [.search], "go"), pair(.moveUp, .moveDown, [.search], "choose"),
            hint(.closeOverlay, [.search], "cancel"),
        ].compactMap { $0 }
        return StatusBar.Line(place: "/\(session.query)\(cursor)\(count)", hints: hints)
    case .help:
        let help: [KeyContext] = [.overlay, .navigation, .global]
        return StatusBar.Line(
            place: "Help: every key of \(state.screen.title)",
            hints: [hint(.closeOverlay, [.overlay], "close"), pair(.moveDown, .moveUp, help, "scroll")].compactMap {
                $0
            })
    case .picker:
        let picker: [KeyContext] = [.overlay, .navigation, .global]
        let keys = pair(.moveDown, .moveUp, picker, "")?.key ?? ""
        return StatusBar.Line(
            place: "Choose with \(keys) and \(Keymap.key(for: .follow, in: picker)?.name ?? "")",
            hints: [hint(.follow, [.overlay], "choose"), hint(.closeOverlay, [.overlay], "cancel")].compactMap { $0 })
    case .normal:
        break
    }
    var position = state.screen.title
    let place = state.place
    if model.hasListPane {
        let items = context.itemCount(state.screen, rows: model.rows)
        let index = context.itemOrdinal(state.screen, row: place.list.selected, rows: model.rows)
        position += " \(index)/\(items)"
    }
    if state.screen == .source, context.story.documents.count > 1 {
        position +=
            " · \(state.source.document + 1)/\(context.story.documents.count) \(context.story.documents[state.source.document].title)"
    }
    if state.screen == .timeline, let filter = state.timeline.filter {
        position += " · only \(context.story.entities[filter].name)"
    }
    if state.screen == .timeline, state.timeline.outcomes { position += " · expected \(context.glyphs.arrow) outcome" }
    var description: String?
    if let link = place.page.link, model.page.links.indices.contains(link), model.pageHasFocus(place) {
        description = model.page.links[link].description
    }
    var hints: [(key: String, label: String)?] = []
    if model.hasListPane && place.focus == .list {
        hints.append(hint(.follow, contexts, "details"))
        hints.append(hint(.showEvidence, contexts))
    } else {
        hints.append(hint(.follow, contexts, "follow"))
        hints.append(hint(.showEvidence, contexts))
        if !state.backStack.isEmpty { hints.append(hint(.back, contexts)) }
    }
    if state.screen == .source { hints.insert(hint(.nextHighlight, contexts), at: 0) }
    if state.screen == .source, context.story.documents.count > 1 {
        hints.insert(hint(.chooseDocument, contexts), at: 0)
    }
    // The key that leaves a mode comes first while the mode is on.
    if state.screen == .timeline {
        if context.hasExpectations {
            let outcomes = hint(.toggleOutcomes, contexts, state.timeline.outcomes ? "all events" : "outcomes")
            if state.timeline.outcomes { hints.insert(outcomes, at: 0) } else { hints.append(outcomes) }
        }
        if state.timeline.filter != nil {
            hints.insert(hint(.filterTimeline, contexts), at: 0)
        } else {
            hints.append(hint(.filterTimeline, contexts))
        }
    }
    if state.screen == .narratives {
        let matrix = hint(.toggleMatrix, contexts, state.narratives.matrix ? "sides" : "who stands where")
        if state.narratives.matrix { hints.insert(matrix, at: 0) } else { hints.append(matrix) }
    }
    if model.hasListPane { hints.append(hint(.focusNext, contexts)) }
    // After a search, n steps through its results (the search itself was said once, in a message).
    if state.lastSearch != nil { hints.append(hint(.nextResult, contexts)) }
    hints.append(hint(.startSearch, contexts))
    return StatusBar.Line(
        place: position, description: description, hints: hints.compactMap { $0 },
        kept: [hint(.help, contexts), hint(.quit, contexts)].compactMap { $0 })
}
