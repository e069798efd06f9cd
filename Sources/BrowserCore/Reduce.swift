import StoryModel

/// Something that happens to the browser: a key, or a new terminal size.
public enum Input: Hashable, Sendable {
    case key(Key)
    case resize(Size)
    case mouse(MouseEvent)
}

/// A mouse event at a cell (with `--mouse`).
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case click, wheelUp, wheelDown }
    public var x: Int
    public var y: Int
    public var kind: Kind

    public init(x: Int, y: Int, kind: Kind) {
        self.x = x
        self.y = y
        self.kind = kind
    }
}

/// The browser as a pure step: state and input in, new state and effects out.
public func reduce(_ state: BrowserState, _ input: Input, _ context: BrowserContext) -> (BrowserState, [Effect]) {
    var next = state
    let effects = next.apply(input, context)
    next.normalize(context)
    return (next, effects)
}

extension BrowserState {
    /// The state a browser starts in.
    public static func initial(size: Size, context: BrowserContext) -> BrowserState {
        var state = BrowserState(size: size)
        state.normalize(context)
        return state
    }

    mutating func apply(_ input: Input, _ context: BrowserContext) -> [Effect] {
        switch input {
        case .resize(let size):
            self.size = size
            return []
        case .mouse(let event):
            message = nil
            return handleMouse(event, context)
        case .key(let key):
            message = nil
            switch mode {
            case .normal: return handleNormal(key, context)
            case .search(let session): return handleSearch(key, session, context)
            case .help(let offset): return handleHelp(key, offset, context)
            case .picker(let picker): return handlePicker(key, picker, context)
            }
        }
    }

    // MARK: Normal mode

    private mutating func handleNormal(_ key: Key, _ context: BrowserContext) -> [Effect] {
        guard let action = Keymap.action(for: key, in: screen.contexts) else {
            if case .character(let character) = key, !character.isWhitespace {
                message = "\(key.name) does nothing here. Press ? for the keys."
            }
            return []
        }
        let model = ScreenModel(self, context)
        let pageHeight = model.pageRect.height
        let listHeight = model.listRect.height
        switch action {
        case .quit, .forceQuit: return [.quit]
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        case .help: mode = .help(offset: 0)
        case .showOverview: switchTo(.overview)
        case .showEntities: switchTo(.entities)
        case .showTimeline: switchTo(.timeline)
        case .showNarratives: switchTo(.narratives)
        case .showSource: switchTo(.source)
        case .startSearch: mode = .search(SearchSession())
        case .nextResult, .previousResult: stepSearch(forward: action == .nextResult, context)
        case .back: goBack()
        case .forward: goForward()
        case .showEvidence: showEvidence(model, context)
        case .copy: return copy(model, context)
        case .moveDown, .moveUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom:
            move(action, model, listHeight: listHeight, pageHeight: pageHeight)
        case .focusNext, .focusPrevious:
            if screen.hasList && !model.isPageOnly {
                setFocus(place.focus == .list ? .detail : .list, context)
            } else {
                Cursors.step(&place.page, page: model.page, height: pageHeight, forward: action == .focusNext)
            }
        case .nextHighlight, .previousHighlight:
            cycleLink(model.page, height: pageHeight, forward: action == .nextHighlight)
        case .moveLeft, .moveRight:
            moveSideways(right: action == .moveRight, model, context)
        case .follow:
            if place.focus == .list && screen.hasList && !model.isPageOnly {
                setFocus(.detail, context)
            } else if let link = place.page.link, model.page.links.indices.contains(link) {
                follow(model.page.links[link].target, context)
            } else {
                message = model.page.links.isEmpty ? "Nothing to follow here." : "Select a link first (j/k or Tab)."
            }
        case .closeOverlay:
            if screen.hasList && place.focus == .detail && !model.isPageOnly { setFocus(.list, context) }
        case .filterTimeline:
            mode = .picker(timelineFilterPicker(context))
        case .clearFilter:
            if timelineFilter != nil {
                timelineFilter = nil
                place.list = ListCursor()
                message = "Showing all events."
            }
        case .toggleMatrix:
            matrix.toggle()
            place.page = PageCursor()
            place.focus = matrix ? .detail : .list
        case .deleteBackward, .deleteWord, .clearQuery:
            break
        }
        return []
    }

    private mutating func move(_ action: Action, _ model: ScreenModel, listHeight: Int, pageHeight: Int) {
        if screen.hasList && place.focus == .list && !model.isPageOnly {
            let previous = place.list.selected
            let page = max(1, listHeight - 1)
            switch action {
            case .moveDown: Cursors.move(&place.list, rows: model.rows, by: 1, height: listHeight)
            case .moveUp: Cursors.move(&place.list, rows: model.rows, by: -1, height: listHeight)
            case .pageDown: Cursors.move(&place.list, rows: model.rows, by: page, height: listHeight)
            case .pageUp: Cursors.move(&place.list, rows: model.rows, by: -page, height: listHeight)
            case .halfPageDown:
                Cursors.move(&place.list, rows: model.rows, by: max(1, listHeight / 2), height: listHeight)
            case .halfPageUp:
                Cursors.move(&place.list, rows: model.rows, by: -max(1, listHeight / 2), height: listHeight)
            case .top: Cursors.move(&place.list, rows: model.rows, by: -model.rows.count, height: listHeight)
            case .bottom: Cursors.move(&place.list, rows: model.rows, by: model.rows.count, height: listHeight)
            default: break
            }
            if place.list.selected != previous { place.page = PageCursor() }
            return
        }
        let page = model.page
        let height = max(1, pageHeight)
        switch action {
        case .moveDown, .moveUp:
            if page.links.isEmpty {
                Cursors.scroll(&place.page, page: page, height: height, by: action == .moveDown ? 1 : -1)
            } else {
                Cursors.step(&place.page, page: page, height: height, forward: action == .moveDown)
            }
        case .pageDown: Cursors.scroll(&place.page, page: page, height: height, by: max(1, height - 1))
        case .pageUp: Cursors.scroll(&place.page, page: page, height: height, by: -max(1, height - 1))
        case .halfPageDown: Cursors.scroll(&place.page, page: page, height: height, by: max(1, height / 2))
        case .halfPageUp: Cursors.scroll(&place.page, page: page, height: height, by: -max(1, height / 2))
        case .top:
            place.page.offset = 0
            place.page.link = page.links.isEmpty ? nil : Cursors.firstVisibleLink(page, place.page, height: height)
        case .bottom:
            place.page.offset = Cursors.maxOffset(page, height: height)
            place.page.link = page.links.indices.last
            Cursors.reveal(&place.page, page: page, height: height)
        default: break
        }
    }

    private mutating func setFocus(_ focus: Pane, _ context: BrowserContext) {
        place.focus = focus
        if focus == .detail && place.page.link == nil {
            let pane = ScreenModel(self, context)
            place.page.link = Cursors.firstVisibleLink(pane.page, place.page, height: pane.pageRect.height)
        }
    }

    private mutating func cycleLink(_ page: Page, height: Int, forward: Bool) {
        guard !page.links.isEmpty else {
            message = "Nothing is highlighted here."
            return
        }
        let count = page.links.count
        let current = place.page.link ?? (forward ? -1 : count)
        place.page.link = ((current + (forward ? 1 : -1)) % count + count) % count
        Cursors.reveal(&place.page, page: page, height: height)
        message = "Highlight \(place.page.link! + 1) of \(count)."
    }

    private mutating func moveSideways(right: Bool, _ model: ScreenModel, _ context: BrowserContext) {
        let page = model.page
        if place.focus == .detail || model.isPageOnly, let link = place.page.link, page.links.indices.contains(link),
            let target = Cursors.nearestHorizontal(page, from: link, right: right)
        {
            place.page.link = target
            Cursors.reveal(&place.page, page: page, height: model.pageRect.height)
            return
        }
        guard screen.hasList && !model.isPageOnly else { return }
        if right && place.focus == .list { setFocus(.detail, context) }
        if !right && place.focus == .detail { setFocus(.list, context) }
    }

    // MARK: Navigation and history

    /// Switching views by number is navigation too: Backspace comes back.
    mutating func switchTo(_ target: ScreenID) {
        guard target != screen else { return }
        pushHistory()
        screen = target
    }

    mutating func pushHistory() {
        backStack.append(location)
        if backStack.count > 200 { backStack.removeFirst() }
        forwardStack.removeAll()
    }

    private mutating func goBack() {
        guard let previous = backStack.popLast() else {
            message = "Nothing to go back to."
            return
        }
        forwardStack.append(location)
        restore(previous)
    }

    private mutating func goForward() {
        guard let next = forwardStack.popLast() else {
            message = "Nothing to go forward to."
            return
        }
        backStack.append(location)
        restore(next)
    }

    /// Opens where a link leads, in its own view, and remembers where we were.
    mutating func follow(_ target: LinkTarget, _ context: BrowserContext) {
        switch target {
        case .screen(let screenID):
            switchTo(screenID)
        case .item(let item):
            pushHistory()
            open(item, context)
        case .evidence(let item):
            pushHistory()
            openSource(.item(item), context)
        case .passage(let document, let range):
            pushHistory()
            sourceDocument = document
            openSource(.passage(document: document, range: range), context)
        case .stance(let topic, let actor):
            pushHistory()
            openTopic(topic, selectingClaimBy: context.story.entities[actor].id, context)
        }
    }

    /// Shows an item in its own view with its detail open.
    mutating func open(_ item: ItemRef, _ context: BrowserContext) {
        switch item {
        case .entity(let index):
            screen = .entities
            selectRow(context.entityRowByIndex[index], context)
        case .relation(let index):
            screen = .entities
            let subject = context.entity(context.story.relations[index].subject) ?? 0
            selectRow(context.entityRowByIndex[subject], context)
            selectLink(context) { $0.evidence == .relation(index) }
        case .event(let index):
            screen = .timeline
            if let filter = timelineFilter, !context.index.eventsOfEntity[filter].contains(index) {
                timelineFilter = nil
            }
            let rows = context.listRows(.timeline, filter: timelineFilter)
            selectRow(rows.firstIndex(of: .item(.event(index))) ?? 0, context)
        case .topic(let index):
            openTopic(index, selectingClaimBy: nil, context)
        case .claim(let index):
            if let placement = context.index.topicsOfClaim[index].first {
                openTopic(placement.topic, selectingClaimBy: nil, context)
                selectLink(context) { $0.evidence == .claim(index) }
            } else if let speaker = context.entity(context.story.claims[index].speaker) {
                screen = .entities
                selectRow(context.entityRowByIndex[speaker], context)
                selectLink(context) { $0.evidence == .claim(index) }
            }
        }
    }

    private mutating func openTopic(_ topic: Int, selectingClaimBy speaker: String?, _ context: BrowserContext) {
        screen = .narratives
        matrix = false
        selectRow(topic, context)
        if let speaker {
            selectLink(context) { link in
                if case .claim(let claim)? = link.evidence { return context.story.claims[claim].speaker == speaker }
                return false
            }
        }
    }

    private mutating func selectRow(_ row: Int, _ context: BrowserContext) {
        var current = place
        current.list.selected = row
        current.page = PageCursor()
        current.focus = .detail
        place = current
        normalize(context)
        let model = ScreenModel(self, context)
        place.page.link = Cursors.firstVisibleLink(model.page, place.page, height: model.pageRect.height)
    }

    private mutating func selectLink(_ context: BrowserContext, where matches: (PageLink) -> Bool) {
        let model = ScreenModel(self, context)
        guard let index = model.page.links.firstIndex(where: matches) else { return }
        place.page.link = index
        Cursors.reveal(&place.page, page: model.page, height: model.pageRect.height)
    }

    mutating func openSource(_ focus: SourceFocus, _ context: BrowserContext) {
        screen = .source
        sourceFocus = focus
        if case .item(let item) = focus, let first = context.index.evidence(of: item, in: context.story).first,
            let document = context.index.documentByID[first.document]
        {
            sourceDocument = document
        }
        place = ScreenPlace(focus: .detail)
        let model = ScreenModel(self, context)
        place.page.link = model.page.links.isEmpty ? nil : 0
        // The first highlight a third of the way down, with its context above it.
        if let first = model.page.links.first {
            place.page.offset = max(0, first.lines.lowerBound - model.pageRect.height / 3)
        } else if let anchor = model.page.anchorLine {
            place.page.offset = anchor
        }
        Cursors.clamp(&place.page, page: model.page, height: model.pageRect.height)
    }

    /// The item the user means: the selected link's, else the selected row's.
    private func currentItem(_ model: ScreenModel) -> ItemRef? {
        if place.focus == .detail || model.isPageOnly, let link = place.page.link,
            model.page.links.indices.contains(link)
        {
            if let item = model.page.links[link].evidence { return item }
            if case .item(let item) = model.page.links[link].target { return item }
        }
        return screen.hasList ? model.selectedItem : nil
    }

    private mutating func copy(_ model: ScreenModel, _ context: BrowserContext) -> [Effect] {
        guard let item = currentItem(model) else {
            message = "Select an item first, then press y."
            return []
        }
        let text = Citation.text(for: item, context: context)
        message =
            "Sent \(text.utf8.count) bytes to the clipboard (OSC 52): \(context.name(of: item)). A terminal that refuses OSC 52 ignores it."
        return [.copy(text)]
    }

    private mutating func showEvidence(_ model: ScreenModel, _ context: BrowserContext) {
        if screen == .source {
            message = "This is the source. Tab moves between highlights."
            return
        }
        let item = currentItem(model)
        guard let item else {
            message = "Select an item first, then press s."
            return
        }
        if context.index.evidence(of: item, in: context.story).isEmpty {
            message = "No evidence is recorded for that."
            return
        }
        pushHistory()
        openSource(.item(item), context)
    }

    // MARK: Mouse

    private mutating func handleMouse(_ event: MouseEvent, _ context: BrowserContext) -> [Effect] {
        let model = ScreenModel(self, context)
        let layout = model.layout
        guard !layout.isTooSmall else { return [] }
        func contains(_ rect: Rect?) -> Bool {
            guard let rect else { return false }
            return event.x >= rect.x && event.x < rect.maxX && event.y >= rect.y && event.y < rect.maxY
        }
        let wheel = event.kind == .wheelUp ? -3 : 3
        switch mode {
        case .normal:
            break
        case .help:
            if event.kind != .click { return handleHelp(event.kind == .wheelUp ? .up : .down, offsetOfHelp, context) }
            return []
        case .search, .picker:
            // Overlays take the wheel as up and down; clicks outside them are ignored.
            if event.kind == .wheelUp { return apply(.key(.up), context) }
            if event.kind == .wheelDown { return apply(.key(.down), context) }
            return []
        }
        if event.y == layout.title.y, event.kind == .click {
            if let target = TitleBar.screen(at: event.x, current: screen, width: layout.title.width) {
                switchTo(target)
            }
            return []
        }
        if contains(layout.list) {
            let list = layout.list!
            if event.kind == .click {
                let row = place.list.offset + event.y - list.y
                if Cursors.isSelectable(model.rows, row) {
                    if row != place.list.selected { place.page = PageCursor() }
                    place.list.selected = row
                    place.focus = .list
                }
            } else {
                let previous = place.list.selected
                Cursors.move(&place.list, rows: model.rows, by: wheel, height: list.height)
                if previous != place.list.selected { place.page = PageCursor() }
            }
            return []
        }
        if contains(layout.detail) {
            let detail = layout.detail!
            if event.kind == .click {
                let lineIndex = place.page.offset + event.y - detail.y
                let column = event.x - detail.x
                guard model.page.lines.indices.contains(lineIndex) else { return [] }
                let hit = model.page.lines[lineIndex].spans.first { span in
                    span.link != nil && column >= span.x && column < span.x + DisplayWidth.of(span.text)
                }
                place.focus = .detail
                if let link = hit?.link {
                    place.page.link = link
                    follow(model.page.links[link].target, context)
                }
            } else {
                Cursors.scroll(&place.page, page: model.page, height: detail.height, by: wheel)
            }
        }
        return []
    }

    private var offsetOfHelp: Int {
        if case .help(let offset) = mode { return offset }
        return 0
    }

    // MARK: Search

    private mutating func handleSearch(_ key: Key, _ session: SearchSession, _ context: BrowserContext) -> [Effect] {
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

    private func updateQuery(_ session: inout SearchSession, _ query: String, _ context: BrowserContext) {
        guard query != session.query else { return }
        session.query = String(query.prefix(200))
        session.results = context.search.search(session.query)
        session.cursor = ListCursor()
    }

    private mutating func jump(to target: SearchIndex.Target, _ context: BrowserContext) {
        switch target {
        case .item(let item): follow(.item(item), context)
        case .passage(let document, let range): follow(.passage(document: document, range: range), context)
        }
    }

    private mutating func stepSearch(forward: Bool, _ context: BrowserContext) {
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

    // MARK: Help and picker

    private mutating func handleHelp(_ key: Key, _ offset: Int, _ context: BrowserContext) -> [Effect] {
        let (lines, visible) = HelpOverlay.height(
            screen: screen, matrix: matrix, body: layout.body, style: context.style)
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

    private func timelineFilterPicker(_ context: BrowserContext) -> Picker {
        var options = [Picker.Option(label: "All events (\(context.story.events.count))", entity: nil)]
        for row in context.entityRows {
            guard case .item(.entity(let index)) = row else { continue }
            let count = context.index.eventsOfEntity[index].count
            if count > 0 {
                options.append(Picker.Option(label: "\(context.story.entities[index].name) (\(count))", entity: index))
            }
        }
        var picker = Picker(title: "Show the events of", options: options)
        if let filter = timelineFilter, let current = options.firstIndex(where: { $0.entity == filter }) {
            picker.cursor.selected = current
        }
        return picker
    }

    private mutating func handlePicker(_ key: Key, _ picker: Picker, _ context: BrowserContext) -> [Effect] {
        var picker = picker
        let visible = max(1, PickerOverlay.box(body: layout.body, picker: picker).height - 2)
        guard let action = Keymap.action(for: key, in: [.overlay, .navigation, .global]) else { return [] }
        let last = picker.options.count - 1
        switch action {
        case .quit, .forceQuit: return [.quit]
        case .closeOverlay, .help:
            mode = .normal
            return []
        case .follow:
            let choice = picker.options[picker.cursor.selected]
            mode = .normal
            if choice.entity != timelineFilter {
                pushHistory()
                timelineFilter = choice.entity
                place.list = ListCursor()
                place.page = PageCursor()
            }
            message =
                choice.entity == nil
                ? "Showing all events."
                : "Showing the events of \(context.story.entities[choice.entity!].name). x shows all."
            return []
        case .moveDown: picker.cursor.selected = min(picker.cursor.selected + 1, last)
        case .moveUp: picker.cursor.selected = max(picker.cursor.selected - 1, 0)
        case .pageDown, .halfPageDown: picker.cursor.selected = min(picker.cursor.selected + visible, last)
        case .pageUp, .halfPageUp: picker.cursor.selected = max(picker.cursor.selected - visible, 0)
        case .top: picker.cursor.selected = 0
        case .bottom: picker.cursor.selected = last
        default: return []
        }
        let rows = picker.options.map { ListRow.item(.entity($0.entity ?? 0)) }
        Cursors.clamp(&picker.cursor, rows: rows, height: visible)
        mode = .picker(picker)
        return []
    }

    // MARK: Invariants

    /// Puts every cursor of the current view, and of any overlay, back in range.
    mutating func normalize(_ context: BrowserContext) {
        if timelineFilter.map({ !context.story.entities.indices.contains($0) }) ?? false { timelineFilter = nil }
        if !context.story.documents.indices.contains(sourceDocument) { sourceDocument = 0 }
        var current = place
        if !screen.hasList { current.focus = .detail }
        if screen == .narratives && matrix { current.focus = .detail }
        place = current
        let model = ScreenModel(self, context)
        Cursors.clamp(&current.list, rows: model.rows, height: model.listRect.height)
        let selectionMoved = current.list.selected != place.list.selected
        if selectionMoved {
            current.page = PageCursor()
        }
        place = current
        let settled = selectionMoved ? ScreenModel(self, context) : model
        Cursors.clamp(&current.page, page: settled.page, height: settled.pageRect.height)
        if settled.isPageOnly && current.page.link == nil {
            // A page without a list always has a link selected, so Enter does something.
            current.page.link = Cursors.firstVisibleLink(settled.page, current.page, height: settled.pageRect.height)
        }
        place = current

        switch mode {
        case .search(var session):
            // Grouped once per step; the display order is the result rows of it.
            let rows = SearchOverlay.rows(session)
            let order = rows.compactMap { if case .result(let index) = $0 { index } else { nil } }
            session.cursor.selected = min(max(0, session.cursor.selected), max(0, order.count - 1))
            // Keep the selected result's row in view.
            let selectedRow =
                order.indices.contains(session.cursor.selected)
                ? rows.firstIndex(of: .result(order[session.cursor.selected])) ?? 0 : 0
            let visible = max(1, layout.body.height - 2)
            if selectedRow < session.cursor.offset { session.cursor.offset = max(0, selectedRow - 1) }
            if selectedRow >= session.cursor.offset + visible { session.cursor.offset = selectedRow - visible + 1 }
            session.cursor.offset = min(max(0, session.cursor.offset), max(0, rows.count - visible))
            mode = .search(session)
        case .help(let offset):
            let (lines, visible) = HelpOverlay.height(
                screen: screen, matrix: matrix, body: layout.body, style: context.style)
            mode = .help(offset: min(max(0, offset), max(0, lines - visible)))
        case .picker(var picker):
            let visible = max(1, PickerOverlay.box(body: layout.body, picker: picker).height - 2)
            let rows = picker.options.map { ListRow.item(.entity($0.entity ?? 0)) }
            Cursors.clamp(&picker.cursor, rows: rows, height: visible)
            mode = .picker(picker)
        case .normal:
            break
        }
    }
}
