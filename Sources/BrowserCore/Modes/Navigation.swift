import StoryModel

/// Going places: views, items, links, the Source view, and the back and forward history.
extension BrowserState {
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

    mutating func goBack() {
        guard let previous = backStack.popLast() else {
            message = "Nothing to go back to."
            return
        }
        forwardStack.append(location)
        restore(previous)
    }

    mutating func goForward() {
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
            source.document = document
            openSource(.passage(document: document, range: range), context)
        case .stance(let topic, let actor):
            pushHistory()
            openTopic(topic, selectingClaimBy: context.story.entities[actor].id, context)
        case .document(let document):
            showDocument(document, context)
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
            if let filter = timeline.filter, !context.index.eventsOfEntity[filter].contains(index) {
                timeline.filter = nil
            }
            if timeline.outcomes, !BrowserContext.wasExpected(context.story.events[index]) { timeline.outcomes = false }
            let rows = context.listRows(.timeline, filter: timeline.filter, outcomes: timeline.outcomes)
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

    mutating func openTopic(_ topic: Int, selectingClaimBy speaker: String?, _ context: BrowserContext) {
        screen = .narratives
        narratives.matrix = false
        selectRow(topic, context)
        if let speaker {
            selectLink(context) { link in
                if case .claim(let claim)? = link.evidence { return context.story.claims[claim].speaker == speaker }
                return false
            }
        }
    }

    mutating func selectRow(_ row: Int, _ context: BrowserContext) {
        var current = place
        current.list.selected = row
        current.page = PageCursor()
        current.focus = .detail
        place = current
        normalize(context)
        let model = ScreenModel(self, context)
        place.page.link = Cursors.firstVisibleLink(model.page, place.page, height: model.pageRect.height)
    }

    mutating func selectLink(_ context: BrowserContext, where matches: (PageLink) -> Bool) {
        let model = ScreenModel(self, context)
        guard let index = model.page.links.firstIndex(where: matches) else { return }
        place.page.link = index
        Cursors.reveal(&place.page, page: model.page, height: model.pageRect.height)
    }

    /// Shows another document in the Source view, keeping what is highlighted, from its top.
    mutating func showDocument(_ document: Int, _ context: BrowserContext) {
        pushHistory()
        screen = .source
        source.document = document
        place = ScreenPlace(focus: .detail)
        message = "Showing \(context.documentLabel(document))."
    }

    mutating func openSource(_ focus: SourceFocus, _ context: BrowserContext) {
        screen = .source
        source.focus = focus
        if case .item(let item) = focus, let first = context.index.evidence(of: item, in: context.story).first,
            let document = context.index.documentByID[first.document]
        {
            source.document = document
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
    func currentItem(_ model: ScreenModel) -> ItemRef? {
        if model.pageHasFocus(place), let link = place.page.link,
            model.page.links.indices.contains(link)
        {
            if let item = model.page.links[link].evidence { return item }
            if case .item(let item) = model.page.links[link].target { return item }
        }
        return screen.hasList ? model.selectedItem : nil
    }

    mutating func copy(_ model: ScreenModel, _ context: BrowserContext) -> [Effect] {
        guard let item = currentItem(model) else {
            message = "Select an item first, then press y."
            return []
        }
        let text = Citation.text(for: item, context: context)
        message =
            "Sent \(text.utf8.count) bytes to the clipboard (OSC 52): \(context.name(of: item)). A terminal that refuses OSC 52 ignores it."
        return [.copy(text)]
    }

    mutating func showEvidence(_ model: ScreenModel, _ context: BrowserContext) {
        if screen == .source {
            let keys = Keymap.bindings(in: keyContexts).first { $0.action == .nextHighlight }?.keys.map(\.name) ?? []
            message = "This is the source: \(keys.joined(separator: " or ")) goes to the next highlight."
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
}
