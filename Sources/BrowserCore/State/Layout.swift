/// Where each part of the screen goes, worked out from the size alone (and, for narrow
/// terminals, which pane has focus).
public struct Layout: Hashable, Sendable {
    public enum Arrangement: Hashable, Sendable {
        /// List and detail side by side (wide terminals).
        case sideBySide
        /// List above, detail below (narrow but tall enough).
        case stacked
        /// One pane at a time (small terminals): the focused one.
        case single
        /// A page without a list (Overview, Source, the matrix).
        case page
    }

    public static let minimum = Size(width: 40, height: 10)
    public static let sideBySideWidth = 100

    public var title: Rect
    public var body: Rect
    public var status: Rect
    public var arrangement: Arrangement
    /// The list pane; nil when not shown.
    public var list: Rect?
    /// The detail pane, or the whole page.
    public var detail: Rect?
    /// The row between stacked panes, or the column between side-by-side ones.
    public var separator: Rect?
    /// The Timeline's time axis.
    public var axis: Rect?

    public var isTooSmall: Bool

    /// The fewest cells the detail beside a list is given.
    public static let detailWidth = 50

    /// `listNeed`: the cells the list's longest row needs. With it, a wide window gives the
    /// list what it needs (and no more) beside a detail of at least `detailWidth` cells, and a
    /// list that would be cut there is stacked above its detail when the window is tall enough,
    /// so that a wider window never shows less of a row.
    public init(size: Size, screen: ScreenID, focus: Pane, matrix: Bool, listNeed: Int? = nil) {
        title = Rect(x: 0, y: 0, width: size.width, height: min(1, size.height))
        status = Rect(x: 0, y: max(0, size.height - 1), width: size.width, height: size.height >= 2 ? 1 : 0)
        var body = Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2))
        self.body = body
        arrangement = .page
        list = nil
        detail = nil
        separator = nil
        axis = nil
        isTooSmall = size.width < Layout.minimum.width || size.height < Layout.minimum.height
        guard !isTooSmall else { return }

        if screen == .timeline && body.height >= 14 {
            let (top, rest) = body.splitTop(3)
            axis = top
            body = rest
        }
        guard screen.hasList && !(screen == .narratives && matrix) else {
            detail = body
            return
        }
        // The Timeline's rows carry a date and the source's wording before the title.
        let usual = screen == .timeline ? min(64, max(30, size.width / 2)) : min(50, max(30, size.width * 2 / 5))
        let need = listNeed.map { max(30, $0) }
        let fits = need.map { size.width - 1 - $0 >= Layout.detailWidth } ?? true
        if size.width >= Layout.sideBySideWidth && (fits || body.height < 16) {
            arrangement = .sideBySide
            let listWidth = need.map { min($0, size.width - 1 - Layout.detailWidth) } ?? usual
            let (left, rest) = body.splitLeft(listWidth)
            let (line, right) = rest.splitLeft(1)
            list = left
            separator = line
            detail = right
        } else if body.height >= 16 {
            arrangement = .stacked
            let listHeight = max(4, body.height * 2 / 5)
            let (top, rest) = body.splitTop(listHeight)
            let (line, bottom) = rest.splitTop(1)
            list = top
            separator = line
            detail = bottom
        } else {
            arrangement = .single
            if focus == .list { list = body } else { detail = body }
        }
    }
}

extension BrowserState {
    public var layout: Layout {
        Layout(size: size, screen: screen, focus: place.focus, matrix: narratives.matrix, listNeed: listNeeds[screen])
    }
}
