import StoryModel

/// The five views, in the order of their number keys.
public enum ScreenID: Int, CaseIterable, Sendable, Hashable {
    case overview = 1
    case entities, timeline, narratives, source

    public var title: String {
        switch self {
        case .overview: "Overview"
        case .entities: "Entities"
        case .timeline: "Timeline"
        case .narratives: "Narratives"
        case .source: "Source"
        }
    }

    /// Overview and Source are single pages; the others are a list with a detail pane.
    public var hasList: Bool { self == .entities || self == .timeline || self == .narratives }

    /// Keymap contexts, most specific first: the view's own keys, then those of a list beside
    /// its detail or of a page of links, then moving, then the keys that work everywhere. The
    /// matrix (`m` in Narratives) is a page of links without a list.
    public func contexts(matrix: Bool = false) -> [KeyContext] {
        switch self {
        case .overview: [.links, .navigation, .global]
        case .entities: [.panes, .navigation, .global]
        case .timeline: [.timeline, .panes, .navigation, .global]
        case .narratives:
            matrix ? [.narratives, .links, .navigation, .global] : [.narratives, .panes, .navigation, .global]
        case .source: [.source, .navigation, .global]
        }
    }

    public var contexts: [KeyContext] { contexts() }

    /// Actions that have nothing to do in this view, left out of its help and hints (`s`
    /// in the Source view only says that this is the source).
    public var idleActions: Set<Action> {
        self == .source ? [.showEvidence] : []
    }
}

public enum Pane: Sendable, Hashable { case list, detail }

/// Selection and scroll position of a list (ratatui's ListState): `selected` is a row index,
/// `offset` the first row shown. The reducer keeps both in range and the selection visible.
public struct ListCursor: Hashable, Sendable {
    public var selected = 0
    public var offset = 0
}

/// Selected link and scroll position of a page.
public struct PageCursor: Hashable, Sendable {
    /// Index into the page's links, or nil when the page has none selected.
    public var link: Int?
    public var offset = 0
}

/// Where the user is in one view.
public struct ScreenPlace: Hashable, Sendable {
    public var list = ListCursor()
    public var page = PageCursor()
    public var focus: Pane = .list
}

/// What the Source view highlights.
public enum SourceFocus: Hashable, Sendable {
    /// Every evidence span in the document.
    case all
    /// The evidence of one item.
    case item(ItemRef)
    /// A passage found by search.
    case passage(document: Int, range: Range<Int>)
}

/// The Narratives view's own state: sides side by side, or who stands where.
public struct NarrativesState: Hashable, Sendable {
    public var matrix = false
}

/// The Timeline view's own state: the entity whose events alone are shown, if any, and
/// whether only the events once expected are shown, with what came of each.
public struct TimelineState: Hashable, Sendable {
    public var filter: Int?
    public var outcomes = false
}

/// The Source view's own state: what it highlights, and which document it shows.
public struct SourceState: Hashable, Sendable {
    public var focus: SourceFocus = .all
    public var document = 0
}

/// A point in the browsing history: enough to put the user back where they were. Each view's
/// own state is saved whole.
public struct Location: Hashable, Sendable {
    public var screen: ScreenID
    public var place: ScreenPlace
    public var narratives: NarrativesState
    public var timeline: TimelineState
    public var source: SourceState
}

public struct SearchSession: Hashable, Sendable {
    public var query = ""
    public var results: [SearchIndex.Result] = []
    public var cursor = ListCursor()
}

/// A small list to choose from, drawn over the view (the Timeline's entity filter).
public struct Picker: Hashable, Sendable {
    /// What choosing an option does.
    public enum Purpose: Hashable, Sendable {
        /// Shows one entity's events in the Timeline (the option's value), or all (nil).
        case timelineFilter
        /// Shows a document in the Source view (the option's value).
        case document
    }

    public struct Option: Hashable, Sendable {
        public var label: String
        public var value: Int?
    }

    public var purpose: Purpose = .timelineFilter
    public var title: String
    public var options: [Option]
    public var cursor = ListCursor()
}

public enum Mode: Hashable, Sendable {
    case normal
    case search(SearchSession)
    case help(offset: Int)
    case picker(Picker)
}

/// Everything the browser knows about what the user is doing. All of it changes only in
/// `reduce`; `render` reads it.
public struct BrowserState: Hashable, Sendable {
    public var size: Size
    public var screen: ScreenID = .overview
    public var places: [ScreenID: ScreenPlace] = [:]
    public var narratives = NarrativesState()
    public var timeline = TimelineState()
    public var source = SourceState()
    public var mode: Mode = .normal
    public var backStack: [Location] = []
    public var forwardStack: [Location] = []
    /// The last search run to the end, for `n` and `N`.
    public var lastSearch: SearchSession?
    /// A one-line message shown in the status bar until the next key.
    public var message: String?
    /// The cells each view's list needs for its longest row, from the story (see ListNeeds).
    public var listNeeds: [ScreenID: Int] = [:]

    public init(size: Size) {
        self.size = size
    }

    public var place: ScreenPlace {
        get { places[screen] ?? ScreenPlace(focus: screen.hasList ? .list : .detail) }
        set { places[screen] = newValue }
    }

    /// The Narratives view is showing who stands where.
    public var showsMatrix: Bool { screen == .narratives && narratives.matrix }

    /// The keymap contexts of what is on screen, most specific first.
    public var keyContexts: [KeyContext] { screen.contexts(matrix: showsMatrix) }

    var location: Location {
        Location(screen: screen, place: place, narratives: narratives, timeline: timeline, source: source)
    }

    mutating func restore(_ location: Location) {
        screen = location.screen
        places[location.screen] = location.place
        narratives = location.narratives
        timeline = location.timeline
        source = location.source
    }
}
