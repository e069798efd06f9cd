import StoryModel

/// The mouse (with --mouse): a click selects or follows, the wheel scrolls the pane under it.
extension BrowserState {
    mutating func handleMouse(_ event: MouseEvent, _ context: BrowserContext) -> [Effect] {
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
}
