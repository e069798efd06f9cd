import StoryModel

/// Keys in normal mode: moving, changing pane or view, following, evidence, copying.
extension BrowserState {
    mutating func handleNormal(_ key: Key, _ context: BrowserContext) -> [Effect] {
        guard let action = Keymap.action(for: key, in: keyContexts) else {
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
        case .scrollDown, .scrollUp:
            // The page (the detail beside a list), a line at a time, as less's Ctrl-E and Ctrl-Y.
            Cursors.scroll(
                &place.page, page: model.page, height: max(1, pageHeight), by: action == .scrollDown ? 1 : -1)
        case .nextLink, .previousLink:
            Cursors.step(&place.page, page: model.page, height: pageHeight, forward: action == .nextLink)
        case .focusNext, .focusPrevious:
            if model.hasListPane {
                setFocus(place.focus == .list ? .detail : .list, context)
            } else {
                Cursors.step(&place.page, page: model.page, height: pageHeight, forward: action == .focusNext)
            }
        case .nextHighlight, .previousHighlight:
            let forward = action == .nextHighlight
            if !cycleAcrossDocuments(model, forward: forward, context) {
                cycleLink(model.page, height: pageHeight, forward: forward)
            }
        case .moveLeft, .moveRight:
            moveSideways(right: action == .moveRight, model, context)
        case .follow:
            if place.focus == .list && model.hasListPane {
                setFocus(.detail, context)
            } else if let link = place.page.link, model.page.links.indices.contains(link) {
                follow(model.page.links[link].target, context)
            } else {
                let select = [Action.moveDown, .nextLink, .nextHighlight].compactMap {
                    Keymap.key(for: $0, in: keyContexts)?.name
                }
                message =
                    model.page.links.isEmpty
                    ? "Nothing to follow here." : "Select a link first (\(select.joined(separator: " or ")))."
            }
        case .closeOverlay:
            if model.hasListPane && place.focus == .detail { setFocus(.list, context) }
        case .filterTimeline:
            mode = .picker(timelineFilterPicker(context))
        case .chooseDocument:
            if context.story.documents.count > 1 {
                mode = .picker(documentPicker(context))
            } else {
                message = "This story has one article: nothing to choose."
            }
        case .clearFilter:
            if timeline.filter != nil {
                timeline.filter = nil
                place.list = ListCursor()
                message = "Showing all events."
            }
        case .toggleOutcomes:
            let selected = model.selectedItem
            timeline.outcomes.toggle()
            let rows = context.listRows(.timeline, filter: timeline.filter, outcomes: timeline.outcomes)
            place.list = ListCursor(selected: selected.flatMap { rows.firstIndex(of: .item($0)) } ?? 0)
            place.page = PageCursor()
            if timeline.outcomes && rows.isEmpty {
                message = "No event here was expected by a document: nothing to compare."
            }
        case .toggleMatrix:
            narratives.matrix.toggle()
            place.page = PageCursor()
            place.focus = narratives.matrix ? .detail : .list
        case .deleteBackward, .deleteWord, .clearQuery:
            break
        }
        return []
    }

    mutating func move(_ action: Action, _ model: ScreenModel, listHeight: Int, pageHeight: Int) {
        if model.hasListPane && place.focus == .list {
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

    mutating func setFocus(_ focus: Pane, _ context: BrowserContext) {
        place.focus = focus
        if focus == .detail && place.page.link == nil {
            let pane = ScreenModel(self, context)
            place.page.link = Cursors.firstVisibleLink(pane.page, place.page, height: pane.pageRect.height)
        }
    }

    mutating func cycleLink(_ page: Page, height: Int, forward: Bool) {
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

    /// In the Source view, past an item's last highlight in one document, on to its first in
    /// the next document that holds its evidence (and back the other way); false where there is
    /// no other document to go to.
    mutating func cycleAcrossDocuments(_ model: ScreenModel, forward: Bool, _ context: BrowserContext) -> Bool {
        guard screen == .source, case .item(let item) = source.focus else { return false }
        let documents = Set(
            context.index.evidence(of: item, in: context.story).compactMap { context.index.documentByID[$0.document] }
        ).sorted()
        guard documents.count > 1, let here = documents.firstIndex(of: source.document) else { return false }
        let count = model.page.links.count
        let atEdge = forward ? (place.page.link ?? -1) >= count - 1 : (place.page.link ?? count) <= 0
        guard atEdge else { return false }
        let next = documents[(here + (forward ? 1 : documents.count - 1)) % documents.count]
        source.document = next
        place.page = PageCursor()
        let shown = ScreenModel(self, context)
        if !shown.page.links.isEmpty { place.page.link = forward ? 0 : shown.page.links.count - 1 }
        Cursors.reveal(&place.page, page: shown.page, height: shown.pageRect.height)
        message =
            "Highlight \((place.page.link ?? 0) + 1) of \(shown.page.links.count) in \(context.documentLabel(next))."
        return true
    }

    mutating func moveSideways(right: Bool, _ model: ScreenModel, _ context: BrowserContext) {
        let page = model.page
        if model.pageHasFocus(place), let link = place.page.link, page.links.indices.contains(link),
            let target = Cursors.nearestHorizontal(page, from: link, right: right)
        {
            place.page.link = target
            Cursors.reveal(&place.page, page: page, height: model.pageRect.height)
            return
        }
        guard model.hasListPane else { return }
        if right && place.focus == .list { setFocus(.detail, context) }
        if !right && place.focus == .detail { setFocus(.list, context) }
    }
}
