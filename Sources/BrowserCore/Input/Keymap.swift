import Synchronization

/// Where a binding applies. Lookup tries the most specific context first, then `.global`.
public enum KeyContext: String, Hashable, Sendable, CaseIterable {
    case global, navigation, panes, links, timeline, narratives, source, search, overlay

    public var title: String {
        switch self {
        case .global: "Everywhere"
        case .navigation: "Moving"
        case .panes: "List and detail"
        case .links: "Links on the page"
        case .timeline: "Timeline"
        case .narratives: "Narratives"
        case .source: "Source"
        case .search: "Search (after /; type to search)"
        case .overlay: "Help and pickers"
        }
    }
}

public struct Binding: Sendable {
    public var keys: [Key]
    public var action: Action
    public var context: KeyContext
    /// What the action does in this context, where the action's own text would not say it
    /// ("next result" for Down in the search field).
    public var help: String

    init(_ keys: [String], _ action: Action, _ context: KeyContext, help: String? = nil) {
        self.keys = keys.map(Key.init)
        self.action = action
        self.context = context
        self.help = help ?? action.help
    }
}

/// The one table of key bindings: dispatch, the help overlay and the status-bar hints all
/// read it, so they cannot drift apart.
public enum Keymap {
    public static let standard: [Binding] = [
        Binding(["q"], .quit, .global),
        Binding(["Ctrl-C"], .forceQuit, .global),
        Binding(["?", "F1"], .help, .global),
        Binding(["1"], .showOverview, .global),
        Binding(["2"], .showEntities, .global),
        Binding(["3"], .showTimeline, .global),
        Binding(["4"], .showNarratives, .global),
        Binding(["5"], .showSource, .global),
        Binding(["/"], .startSearch, .global),
        Binding(["n"], .nextResult, .global),
        Binding(["N"], .previousResult, .global),
        Binding(["Backspace", "Ctrl-O", "H"], .back, .global),
        Binding(["L"], .forward, .global),
        Binding(["s"], .showEvidence, .global),
        Binding(["y"], .copy, .global),
        Binding(["Ctrl-L"], .redraw, .global),
        Binding(["Ctrl-Z"], .suspend, .global),

        Binding(["j", "Down", "Ctrl-N"], .moveDown, .navigation),
        Binding(["k", "Up", "Ctrl-P"], .moveUp, .navigation),
        Binding(["Ctrl-E"], .scrollDown, .navigation),
        Binding(["Ctrl-Y"], .scrollUp, .navigation),
        Binding(["PgDn", "Ctrl-F", "Space", "f"], .pageDown, .navigation),
        Binding(["PgUp", "Ctrl-B", "b"], .pageUp, .navigation),
        Binding(["Ctrl-D"], .halfPageDown, .navigation),
        Binding(["Ctrl-U"], .halfPageUp, .navigation),
        Binding(["g", "Home"], .top, .navigation),
        Binding(["G", "End"], .bottom, .navigation),

        // A list beside its detail (Entities, Timeline, Narratives).
        Binding(["Tab"], .focusNext, .panes),
        Binding(["Shift-Tab"], .focusPrevious, .panes),
        Binding(["Enter"], .follow, .panes),
        Binding(["h", "Left"], .moveLeft, .panes),
        Binding(["l", "Right"], .moveRight, .panes),
        Binding(["Esc"], .closeOverlay, .panes, help: "back to the list"),

        // A page of links without a list (Overview, who stands where).
        Binding(["Tab"], .nextLink, .links),
        Binding(["Shift-Tab"], .previousLink, .links),
        Binding(["Enter"], .follow, .links, help: "follow the selected link"),
        Binding(["h", "Left"], .moveLeft, .links, help: "the link to the left"),
        Binding(["l", "Right"], .moveRight, .links, help: "the link to the right"),

        Binding(["&", "\\"], .filterTimeline, .timeline),
        Binding(["x"], .clearFilter, .timeline),
        Binding(["o"], .toggleOutcomes, .timeline),

        Binding(["m"], .toggleMatrix, .narratives),

        // The article is read as in less: a line at a time; highlights have keys of their own.
        Binding(["j", "Down", "Ctrl-N", "Ctrl-E"], .scrollDown, .source, help: "down a line"),
        Binding(["k", "Up", "Ctrl-P", "Ctrl-Y"], .scrollUp, .source, help: "up a line"),
        Binding(["Tab", "]"], .nextHighlight, .source),
        Binding(["Shift-Tab", "["], .previousHighlight, .source),
        Binding(["Enter"], .follow, .source, help: "go to the highlighted item"),
        Binding(["d"], .chooseDocument, .source),

        Binding(["Enter"], .follow, .search, help: "go to the selected result"),
        Binding(["Down", "Ctrl-N"], .moveDown, .search, help: "next result"),
        Binding(["Up", "Ctrl-P"], .moveUp, .search, help: "previous result"),
        Binding(["PgDn"], .pageDown, .search, help: "a page of results down"),
        Binding(["PgUp"], .pageUp, .search, help: "a page of results up"),
        Binding(["Backspace"], .deleteBackward, .search),
        Binding(["Ctrl-W"], .deleteWord, .search),
        Binding(["Ctrl-U"], .clearQuery, .search),
        Binding(["Esc"], .closeOverlay, .search, help: "cancel the search"),
        Binding(["Ctrl-C"], .forceQuit, .search),

        Binding(["Esc", "?", "F1"], .closeOverlay, .overlay, help: "close"),
        Binding(["Enter"], .follow, .overlay, help: "choose"),
    ]

    /// The action for a key in the given contexts, most specific first.
    public static func action(for key: Key, in contexts: [KeyContext]) -> Action? {
        for context in contexts {
            for binding in standard where binding.context == context && binding.keys.contains(key) {
                return binding.action
            }
        }
        return nil
    }

    /// The bindings that apply in these contexts, in table order, with keys shadowed by a
    /// more specific context left out (so help never shows a key that does something else).
    public static func bindings(in contexts: [KeyContext]) -> [Binding] {
        // The status bar asks on every frame; the answer depends only on the contexts.
        if let known = bindingsByContexts.withLock({ $0[contexts] }) { return known }
        let found = computeBindings(in: contexts)
        bindingsByContexts.withLock { $0[contexts] = found }
        return found
    }

    private static let bindingsByContexts = Mutex<[[KeyContext]: [Binding]]>([:])

    private static func computeBindings(in contexts: [KeyContext]) -> [Binding] {
        var taken = Set<Key>()
        var result: [KeyContext: [Binding]] = [:]
        for context in contexts {
            for binding in standard where binding.context == context {
                let keys = binding.keys.filter { !taken.contains($0) }
                guard !keys.isEmpty else { continue }
                var visible = binding
                visible.keys = keys
                result[context, default: []].append(visible)
            }
            for binding in standard where binding.context == context { taken.formUnion(binding.keys) }
        }
        return contexts.flatMap { result[$0] ?? [] }
    }

    /// The first key bound to an action in these contexts, for hints.
    public static func key(for action: Action, in contexts: [KeyContext]) -> Key? {
        bindings(in: contexts).first { $0.action == action }?.keys.first
    }
}
