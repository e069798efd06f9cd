import StoryModel

/// What the current view shows, derived from the state: its layout, its list rows and its
/// page. Both reduce and render build it, so they always agree.
struct ScreenModel {
    let screen: ScreenID
    let layout: Layout
    let rows: [ListRow]
    let page: Page
    /// Where the page is (or would be, when a narrow terminal shows the list instead).
    let pageRect: Rect
    let listRect: Rect
    /// The item selected in the list, if the view has one.
    let selectedItem: ItemRef?

    init(_ state: BrowserState, _ context: BrowserContext) {
        screen = state.screen
        let layout = state.layout
        self.layout = layout
        let screen = state.screen
        rows = context.listRows(screen, filter: state.timeline.filter, outcomes: state.timeline.outcomes)
        pageRect = layout.detail ?? layout.body
        listRect = layout.list ?? layout.body
        // The page's last column is the scroll marks' own, and the one before it is blank: text
        // never runs under a mark or into one, and a page does not re-wrap when a mark comes
        // or goes.
        let width = max(1, pageRect.width - 2)
        let selected = rows.indices.contains(state.place.list.selected) ? rows[state.place.list.selected].item : nil
        selectedItem = selected
        let document = min(state.source.document, max(0, context.story.documents.count - 1))
        let key = PageKey(
            screen: screen, item: screen.hasList && !state.showsMatrix ? selected : nil,
            width: width, sourceFocus: screen == .source ? state.source.focus : nil,
            sourceDocument: document, matrix: state.showsMatrix)
        page = context.pages.page(for: key) {
            switch screen {
            case .overview:
                return OverviewScreen.page(width: width, context: context)
            case .source:
                return context.story.documents.isEmpty
                    ? Page()
                    : SourceScreen.page(width: width, focus: state.source.focus, document: document, context: context)
            case .entities:
                if case .entity(let index)? = selected {
                    return EntitiesScreen.detail(index, width: width, context: context)
                }
            case .timeline:
                if case .event(let index)? = selected {
                    return TimelineScreen.detail(index, width: width, context: context)
                }
            case .narratives:
                if state.showsMatrix { return NarrativesScreen.matrix(width: width, context: context) }
                if case .topic(let index)? = selected {
                    return NarrativesScreen.detail(index, width: width, context: context)
                }
            }
            return Page()
        }
    }

    /// Whether the view is a page without a list (Overview, Source, the matrix).
    var isPageOnly: Bool { layout.arrangement == .page }

    /// A list is on screen beside or above the page, so focus can move between the two.
    var hasListPane: Bool { screen.hasList && !isPageOnly }

    /// Keys that move act on the page: it has the focus, or it is all there is.
    func pageHasFocus(_ place: ScreenPlace) -> Bool { place.focus == .detail || isPageOnly }
}
