/// Everything a user can ask the browser to do. Keys map to actions through the keymap;
/// the reducer handles actions; the help overlay lists them with these texts.
public enum Action: String, CaseIterable, Sendable {
    case moveDown, moveUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case scrollDown, scrollUp
    case moveLeft, moveRight
    case focusNext, focusPrevious
    case nextLink, previousLink
    case follow, back, forward
    case showEvidence, copy
    case startSearch, nextResult, previousResult
    case showOverview, showEntities, showTimeline, showNarratives, showSource
    case filterTimeline, clearFilter, toggleOutcomes
    case toggleMatrix
    case nextHighlight, previousHighlight, chooseDocument
    case deleteBackward, deleteWord, clearQuery
    case help, closeOverlay, quit, forceQuit, redraw, suspend

    public var help: String {
        switch self {
        case .moveDown: "next item or link"
        case .moveUp: "previous item or link"
        case .pageDown: "page down"
        case .pageUp: "page up"
        case .halfPageDown: "half a page down"
        case .halfPageUp: "half a page up"
        case .top: "go to the top"
        case .bottom: "go to the bottom"
        case .scrollDown: "scroll the page down a line"
        case .scrollUp: "scroll the page up a line"
        case .moveLeft: "to the list, or the link to the left"
        case .moveRight: "to the detail, or the link to the right"
        case .focusNext, .focusPrevious: "switch between the list and the detail"
        case .nextLink: "next link"
        case .previousLink: "previous link"
        case .follow: "open the item, or follow the selected link"
        case .back: "go back"
        case .forward: "go forward again"
        case .showEvidence: "show the selected item's evidence in the source"
        case .copy: "copy the selected quote or item, with its citation (OSC 52)"
        case .startSearch: "search the whole story"
        case .nextResult: "next search result"
        case .previousResult: "previous search result"
        case .showOverview: "Overview"
        case .showEntities: "Entities"
        case .showTimeline: "Timeline"
        case .showNarratives: "Narratives"
        case .showSource: "Source"
        case .filterTimeline: "show one entity's events only"
        case .clearFilter: "show all events"
        case .toggleOutcomes: "expected events and their outcomes / all events"
        case .toggleMatrix: "sides side by side / who stands where"
        case .nextHighlight: "next highlight"
        case .previousHighlight: "previous highlight"
        case .chooseDocument: "choose the document shown (a story of several articles)"
        case .deleteBackward: "delete the last character"
        case .deleteWord: "delete the last word"
        case .clearQuery: "clear the query"
        case .help: "this help"
        case .closeOverlay: "close, or back to the list"
        case .quit: "quit"
        case .forceQuit: "quit from anywhere, the search field included"
        case .redraw: "redraw the screen"
        case .suspend: "suspend to the shell (fg to return)"
        }
    }

    /// A two-word label for the status bar's key hints.
    public var hint: String {
        switch self {
        case .follow: "open"
        case .back: "back"
        case .showEvidence: "source"
        case .copy: "copy"
        case .startSearch: "search"
        case .help: "help"
        case .quit: "quit"
        case .focusNext: "pane"
        case .filterTimeline: "filter"
        case .clearFilter: "unfilter"
        case .toggleMatrix: "matrix"
        case .nextHighlight: "next mark"
        case .chooseDocument: "documents"
        case .nextResult: "next hit"
        default: help
        }
    }
}
