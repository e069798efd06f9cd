import StoryModel
import Synchronization

/// A row of a view's list: a group header, or an item.
public enum ListRow: Hashable, Sendable {
    case header(String)
    case item(ItemRef)

    public var item: ItemRef? {
        if case .item(let item) = self { return item }
        return nil
    }
}

/// Who makes a claim: a named entity, or a document in its own voice (a claim whose speaker is
/// the article). Entities come before documents, each in story order.
public enum Voice: Hashable, Sendable, Comparable {
    case entity(Int)
    case document(Int)
}

/// What the browser derives once from the story: indexes, search, orderings, display
/// settings. Immutable, so every screen and every step can read it freely.
public struct BrowserContext: Sendable {
    public let story: Story
    public let index: StoryIndex
    /// How the story develops across its documents (see Development.swift).
    public let development: StoryDevelopment
    /// The search index, built on first use (the first `/`), or earlier by `prepareSearch` when
    /// the terminal is idle: the first screen does not wait for it.
    public var search: SearchIndex { searchIndex.value }
    private let searchIndex: LazySearchIndex
    public let style: TextStyle
    public let glyphs: Glyphs
    /// Entities grouped by kind, with a header before each group.
    public let entityRows: [ListRow]
    public let entityRowByIndex: [Int]
    public let topicRows: [ListRow]
    /// The voices that make claims in topics, most vocal first: the rows of the matrix. A
    /// document speaking in its own voice is one of them.
    public let voices: [Voice]
    /// Pages already laid out, so moving within a page never lays it out again.
    let pages = PageCache()
    /// Timeline rows and axis placements per filter (and width), worked out once.
    let timelines = TimelineCache()
    /// For each entity row, how many entity rows come before it (for "item 3/37").
    let entityOrdinals: [Int]
    public let timelineRows: [ListRow]
    /// The width of the Timeline's date column: the widest compact date of the story ("3 Mar–4
    /// Mar~" is wider than "Fri 28 Feb~"), at least 11 and at most 14 cells.
    let timelineDateWidth: Int
    /// The days the story's documents came out, each once, in order (marked on the time axis).
    let publicationDays: [Int]
    /// What wraps keep on one row: dates, quantities, and the names of the story's people.
    public let keepTogether: KeepTogether
    /// What the reader is told of how the story was opened (a draft's articles without a date).
    public let notices: Notices

    public init(story: Story, index: StoryIndex? = nil, ascii: Bool = false, notices: Notices = Notices()) {
        self.story = story
        self.notices = notices
        let index = index ?? StoryIndex(story)
        self.index = index
        self.development = StoryDevelopment(story: story, index: index)
        self.searchIndex = LazySearchIndex(story: story)
        self.style = TextStyle(ascii: ascii)
        self.glyphs = ascii ? .ascii : .unicode
        let style = self.style
        keepTogether = KeepTogether(
            names: story.entities.lazy.filter { $0.kind == .person }.flatMap { [$0.name] + $0.aliases }
                .map { style.prepare($0) })

        var rows: [ListRow] = []
        var rowByIndex = [Int](repeating: 0, count: story.entities.count)
        for group in Entity.Kind.groups {
            let members = story.entities.indices.filter { group.kinds.contains(story.entities[$0].kind) }
            guard !members.isEmpty else { continue }
            rows.append(.header("\(group.title) (\(members.count))"))
            for member in members {
                rowByIndex[member] = rows.count
                rows.append(.item(.entity(member)))
            }
        }
        entityRows = rows
        entityRowByIndex = rowByIndex
        var ordinal = 0
        entityOrdinals = rows.map { row in
            if row.item != nil { ordinal += 1 }
            return ordinal
        }
        timelineRows = index.timeline.map { .item(.event($0)) }
        publicationDays = Array(Set(story.documents.compactMap { $0.published?.day.ordinal })).sorted()
        let inferredMark = (ascii ? Glyphs.ascii : Glyphs.unicode).inferredMark
        // Only ranges ("3 Mar–4 Mar~") and "from" dates can be wider than a day's "Fri 28 Feb~":
        // the others are not formatted, which keeps a large story's start-up cheap.
        timelineDateWidth = min(
            14,
            story.events.reduce(11) { widest, event in
                switch event.when.resolved?.precision {
                case .range?, .after?: max(widest, DisplayWidth.of(event.when.compact(inferredMark: inferredMark)))
                default: widest
                }
            })
        topicRows = story.topics.indices.map { .item(.topic($0)) }

        var claimCount: [Voice: Int] = [:]
        for topic in story.topics {
            for id in topic.sides.flatMap(\.claims) + topic.others {
                guard let claim = index.claimByID[id] else { continue }
                let speaker = story.claims[claim].speaker
                guard
                    let voice = index.entityByID[speaker].map(Voice.entity)
                        ?? index.documentByID[speaker].map(Voice.document)
                else { continue }
                claimCount[voice, default: 0] += 1
            }
        }
        voices = claimCount.keys.sorted { (claimCount[$0]!, $1) > (claimCount[$1]!, $0) }
    }

    /// The rows of a view's list.
    public func listRows(_ screen: ScreenID, filter: Int?, outcomes: Bool = false) -> [ListRow] {
        switch screen {
        case .entities: entityRows
        case .timeline:
            if filter == nil && !outcomes {
                timelineRows
            } else {
                // Made on first use, not at start-up: most readers never filter.
                timelines.rows(for: filter, outcomes: outcomes) {
                    (filter.map { index.eventsOfEntity[$0] } ?? index.timeline)
                        .filter { !outcomes || Self.wasExpected(story.events[$0]) }.map { .item(.event($0)) }
                }
            }
        case .narratives: topicRows
        case .overview, .source: []
        }
    }

    /// A short name for an item, for links, titles and the status bar.
    public func name(of item: ItemRef) -> String {
        switch item {
        case .entity(let i): story.entities[i].name
        case .event(let i): story.events[i].title
        case .claim(let i):
            story.claims[i].quote.map { "\u{201C}\($0)\u{201D}" } ?? story.claims[i].paraphrase
        case .topic(let i): story.topics[i].question
        case .relation(let i):
            relationSentence(story.relations[i])
        }
    }

    /// The number of items in a view's list, and the 1-based position of a row among them,
    /// without scanning the list: only Entities has header rows.
    public func itemCount(_ screen: ScreenID, rows: [ListRow]) -> Int {
        screen == .entities ? (entityOrdinals.last ?? 0) : rows.count
    }

    public func itemOrdinal(_ screen: ScreenID, row: Int, rows: [ListRow]) -> Int {
        guard rows.indices.contains(row) else { return 0 }
        return screen == .entities ? entityOrdinals[row] : row + 1
    }

    /// "line 6", or with several documents "Second article, line 6": a line number alone would
    /// not say which article it is in.
    public func lineReference(document: Int, scalar: Int) -> String {
        let line = "line \(story.documents[document].text.line(ofScalar: scalar))"
        guard story.documents.count > 1 else { return line }
        return Wrap.clip(visibleText(story.documents[document].title), width: 24, ellipsis: glyphs.ellipsis) + ", "
            + line
    }

    /// A document as a reader names it: its title, outlet and date.
    public func documentLabel(_ document: Int) -> String {
        let source = story.documents[document]
        var label = "\u{201C}\(source.title)\u{201D}"
        if let outlet = source.outlet { label += ", \(outlet)" }
        if let published = source.published { label += ", \(published.day.medium)" }
        return label
    }

    /// "Donald Trump is President of the United States"; an id stands for an entity it
    /// does not name.
    public func relationSentence(_ relation: Relation) -> String {
        guard let subject = entity(relation.subject), let object = entity(relation.object) else {
            return
                "\(entityName(relation.subject)) \(relation.label ?? relation.predicate.phrase) \(entityName(relation.object))"
        }
        return story.sentence(of: relation, subject: story.entities[subject], object: story.entities[object])
    }

    public func entityName(_ id: String) -> String {
        index.entityByID[id].map { story.entities[$0].name } ?? id
    }

    public func entity(_ id: String) -> Int? { index.entityByID[id] }

    /// Builds the search index now, if it is not built yet.
    public func prepareSearch() { _ = searchIndex.value }

    /// Whether the search index is built (for tests).
    public var isSearchPrepared: Bool { searchIndex.isBuilt }
}

/// A search index built once, on first use.
final class LazySearchIndex: Sendable {
    private let story: Story
    private let built = Mutex<SearchIndex?>(nil)

    init(story: Story) { self.story = story }

    var value: SearchIndex {
        built.withLock { built in
            if let index = built { return index }
            let index = SearchIndex(story: story)
            built = index
            return index
        }
    }

    var isBuilt: Bool { built.withLock { $0 != nil } }
}

/// What a laid-out page depends on.
struct PageKey: Hashable {
    var screen: ScreenID
    var item: ItemRef?
    var width: Int
    var sourceFocus: SourceFocus?
    var sourceDocument: Int
    var matrix: Bool
}

/// A small memo of laid-out pages (the last few), shared by reduce and render. Pages are
/// values and depend only on the key and the immutable story, so caching cannot change what
/// is shown.
final class PageCache: Sendable {
    private struct Entries {
        var pages: [PageKey: Page] = [:]
        var order: [PageKey] = []
    }

    private let entries = Mutex(Entries())
    private let capacity = 8

    func page(for key: PageKey, build: () -> Page) -> Page {
        if let cached = entries.withLock({ $0.pages[key] }) { return cached }
        let page = build()
        entries.withLock { entries in
            if entries.pages[key] == nil {
                entries.order.append(key)
                if entries.order.count > capacity { entries.pages[entries.order.removeFirst()] = nil }
            }
            entries.pages[key] = page
        }
        return page
    }
}

/// Filtered timeline rows, the time axis's placement of events (per filter and width), and the
/// width of the outcome column.
final class TimelineCache: Sendable {
    struct Axis: Sendable {
        /// The axis's geometry; nil when no event has a date.
        var frame: AxisFrame?
        /// One mark per column: the status mark and whether it is pending.
        var marks: [(x: Int, mark: String, pending: Bool)]
        /// The column of each event, for highlighting the selected one.
        var columnOfEvent: [Int: Int]
    }

    private struct AxisKey: Hashable {
        var filter: Int?
        var outcomes: Bool
        var rect: Rect
        var ascii: Bool
    }

    private struct RowsKey: Hashable {
        var filter: Int?
        var outcomes: Bool
    }

    private let rowsByFilter = Mutex([RowsKey: [ListRow]]())
    private let axes = Mutex([AxisKey: Axis]())
    private let outcomeWidth = Mutex<Int?>(nil)

    func outcomeWidth(build: () -> Int) -> Int {
        if let cached = outcomeWidth.withLock({ $0 }) { return cached }
        let width = build()
        outcomeWidth.withLock { $0 = width }
        return width
    }

    func rows(for filter: Int?, outcomes: Bool, build: () -> [ListRow]) -> [ListRow] {
        let key = RowsKey(filter: filter, outcomes: outcomes)
        if let cached = rowsByFilter.withLock({ $0[key] }) { return cached }
        let rows = build()
        rowsByFilter.withLock { $0[key] = rows }
        return rows
    }

    func axis(filter: Int?, outcomes: Bool, rect: Rect, ascii: Bool, build: () -> Axis) -> Axis {
        let key = AxisKey(filter: filter, outcomes: outcomes, rect: rect, ascii: ascii)
        if let cached = axes.withLock({ $0[key] }) { return cached }
        let axis = build()
        axes.withLock { axes in
            if axes.count > 16 { axes.removeAll() }
            axes[key] = axis
        }
        return axis
    }
}

extension PageBuilder {
    /// A page laid out for this story: its display style, and its names kept on one row.
    init(width: Int, context: BrowserContext) {
        self.init(width: width, style: context.style, keep: context.keepTogether)
    }
}
