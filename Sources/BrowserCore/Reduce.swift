import StoryModel

/// The browser as a pure step: state and input in, new state and effects out.
public func reduce(_ state: BrowserState, _ input: Input, _ context: BrowserContext) -> (BrowserState, [Effect]) {
    var next = state
    let effects = next.apply(input, context)
    next.normalize(context)
    return (next, effects)
}

extension BrowserState {
    /// The state a browser starts in: the Overview, saying what the notices are, if any.
    public static func initial(size: Size, context: BrowserContext) -> BrowserState {
        var state = BrowserState(size: size)
        state.listNeeds = ListNeeds.of(context)
        state.message = context.notices.summary
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

    // MARK: Invariants

    /// Puts every cursor of the current view, and of any overlay, back in range.
    mutating func normalize(_ context: BrowserContext) {
        if timeline.filter.map({ !context.story.entities.indices.contains($0) }) ?? false { timeline.filter = nil }
        if !context.story.documents.indices.contains(source.document) { source.document = 0 }
        var current = place
        if !screen.hasList { current.focus = .detail }
        if showsMatrix { current.focus = .detail }
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
            SearchOverlay.settle(&session, body: layout.body)
            mode = .search(session)
        case .help(let offset):
            mode = .help(
                offset: HelpOverlay.settled(
                    offset, screen: screen, matrix: showsMatrix, body: layout.body, context: context))
        case .picker(var picker):
            PickerOverlay.settle(&picker, body: layout.body)
            mode = .picker(picker)
        case .normal:
            break
        }
    }
}

/// What the terminal layer must do after a step.
public enum Effect: Hashable, Sendable {
    case quit
    case redraw
    case suspend
    /// Put this text on the user's clipboard (OSC 52).
    case copy(String)
}
