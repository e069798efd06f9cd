import Foundation
import StoryGenerator
import Testing

@testable import BrowserCore
@testable import StoryModel

/// The one rule for fitting text (issue 17), over generated stories: names of 1 to 120 cells,
/// long titles and questions, several documents, every status, in every view and overlay at
/// sizes from 40x10 to 300x100. Each screen is drawn on a recording grid, and:
/// - every row is exactly the width;
/// - no text is drawn over other text, and no scroll mark over text (the grid's overlaps);
/// - no text is cut without an ellipsis (the grid's clips: every cut goes through `Fit`);
/// - no line of help is cut: its wrapped rows hold all its words;
/// - no row of a page ends inside a date or a person's name that fits on a row;
/// - an item's title shown in a list is not shorter at a bigger size with the same layout,
///   and where it is cut, it ends with the ellipsis.
@Suite struct FitPropertyTests {
    static let nameWords = [
        "Ann", "Ministry", "of", "Harbour", "Affairs", "Zoë", "Østergaard", "日本", "Council", "the", "Marco", "Rubio",
        "Kallas", "Ярослав",
    ]
    static let titleWords = [
        "talks", "on", "26 Feb", "resume", "after", "$500 billion", "demand", "is", "dropped", "3 per cent", "the",
        "harbour", "deal", "Wed 10 Jun", "signing", "called", "off", "日本語", "Zoë", "ceasefire", "guarantees",
    ]

    /// A name of about `cells` cells (1 to 120): words, then cut between characters to the width.
    static func name(_ random: inout SeededRandom, index: Int, cells: Int) -> String {
        var name = "P\(index)"
        while DisplayWidth.of(name) < cells { name += " " + random.pick(nameWords) }
        var fitted = ""
        for character in name {
            guard DisplayWidth.of(fitted) + DisplayWidth.of(character) <= cells else { break }
            fitted.append(character)
        }
        while fitted.last == " " { fitted.removeLast() }
        return fitted.isEmpty ? "X" : fitted
    }

    static func words(_ random: inout SeededRandom, _ count: Int) -> String {
        (0..<count).map { _ in random.pick(titleWords) }.joined(separator: " ")
    }

    /// A valid story file, written for this test, from a seed.
    static func storyJSON(_ random: inout SeededRandom) -> String {
        let documentCount = 1 + random.below(4)
        var texts = Array(repeating: "", count: documentCount)
        func sentence(_ words: String, in chosen: Int? = nil) -> String {
            let document = chosen ?? random.below(documentCount)
            let text = "\(words) number \(texts.joined().count + texts[document].count)."
            texts[document] += (texts[document].isEmpty ? "" : " ") + text
            return #"{"document": "d\#(document)", "excerpt": "\#(text)"}"#
        }
        var entities: [String] = []
        let widths = [1, 2, 5, 12, 24, 40, 80, 120]
        let entityCount = 3 + random.below(8)
        for index in 0..<entityCount {
            let cells = index < widths.count ? widths[index] : 1 + random.below(120)
            let name = name(&random, index: index, cells: cells)
            let kind = random.pick(["person", "person", "organisation", "country", "place"])
            entities.append(
                #"{"id": "e\#(index)", "name": "\#(name)", "kind": "\#(kind)", "role": "\#(words(&random, 1 + random.below(12)))", "description": "\#(words(&random, 4 + random.below(30)))", "mentions": [\#(sentence("\(name) was there"))]}"#
            )
        }
        let statuses = ["happened", "ongoing", "scheduled", "expected", "proposed", "cancelled", "unconfirmed"]
        var events: [String] = []
        for index in 0..<(statuses.count + random.below(6)) {
            let resolved: String
            switch random.below(6) {
            case 0:
                resolved =
                    #"{"precision": "range", "start": "2025-03-03", "end": "2025-03-04", "inferred": true, "basis": "b"}"#
            case 1:
                resolved =
                    #"{"precision": "week", "start": "2025-03-03", "end": "2025-03-09", "inferred": true, "basis": "b"}"#
            case 2: resolved = #"{"precision": "before", "date": "2025-03-01", "inferred": true, "basis": "b"}"#
            case 3: resolved = ""
            default:
                let day = random.pick(["2025-02-26", "2025-03-04", "2025-03-10", "2025-06-10"])
                resolved =
                    #"{"precision": "day", "date": "\#(day)", "inferred": \#(random.below(2) == 0), "basis": "b"}"#
            }
            // Titles from a few words to about 200 characters.
            let title = "Event \(index) " + words(&random, random.below(4) == 0 ? 30 : 1 + random.below(8))
            var status = #""status": "\#(statuses[index % statuses.count])""#
            if documentCount > 1 && random.below(2) == 0 {
                let reports = (0..<documentCount).map { document in
                    #"{"document": "d\#(document)", "status": "\#(random.pick(statuses))", "evidence": [\#(sentence("It was reported on 26 Feb", in: document))]}"#
                }
                status = #""reports": [\#(reports.joined(separator: ", "))]"#
            }
            let links =
                index > 0 && random.below(3) == 0
                ? #", "links": [{"kind": "follows", "event": "v\#(random.below(index))", "evidence": [\#(sentence("It followed"))]}]"#
                : ""
            let participants = (0..<(1 + random.below(4))).map { _ in #""e\#(random.below(entityCount))""# }
            events.append(
                #"{"id": "v\#(index)", "title": "\#(title)", "summary": "\#(words(&random, 5 + random.below(40)))", \#(status), "when": {"text": "\#(words(&random, 1 + random.below(5)))"\#(resolved.isEmpty ? "" : ", \"resolved\": \(resolved)")}, "participants": [\#(participants.joined(separator: ", "))], "evidence": [\#(sentence("It happened"))]\#(links)}"#
            )
        }
        var claims: [String] = []
        var topics: [String] = []
        for topic in 0..<(1 + random.below(4)) {
            var sides: [String] = []
            for side in 0..<(2 + random.below(3)) {
                let id = "c\(topic)-\(side)"
                let speaker =
                    random.below(4) == 0 ? "d\(random.below(documentCount))" : "e\(random.below(entityCount))"
                let said = words(&random, 2 + random.below(20))
                let quote = random.below(2) == 0 ? #""quote": "\#(said)", "# : ""
                claims.append(
                    #"{"id": "\#(id)", "speaker": "\#(speaker)", \#(quote)"paraphrase": "\#(words(&random, 3 + random.below(20)))", "reach": "\#(random.pick(["said", "reported", "announced"]))", "evidence": [\#(sentence("Someone said \(said)"))]}"#
                )
                sides.append(#"{"label": "\#(words(&random, 1 + random.below(10)))", "claims": ["\#(id)"]}"#)
            }
            // Questions from a few words to about 150 characters.
            let question = "Question \(topic) " + words(&random, random.below(3) == 0 ? 24 : 1 + random.below(6))
            topics.append(
                #"{"id": "t\#(topic)", "question": "\#(question)?", "sides": [\#(sides.joined(separator: ", "))]}"#)
        }
        let documents = texts.enumerated().map { index, text in
            let title = index == 0 ? "Document" : "Document \(index) " + words(&random, random.below(12))
            return
                #"{"id": "d\#(index)", "title": "\#(title)", "outlet": "Outlet \#(index)", "published": {"date": "2025-03-0\#(3 + index)"}, "text": "\#(text)"}"#
        }
        return generatedStoryJSON(
            id: "fit", title: words(&random, 3 + random.below(20)), summary: words(&random, 10 + random.below(40)),
            documents: documents, entities: entities, events: events, claims: claims, topics: topics)
    }

    /// A sample of sizes from 40x10 to 300x100: the smallest, the widths either side of the
    /// side-by-side layout, the usual ones, the largest, and one at random.
    static func sizes(_ random: inout SeededRandom) -> [Size] {
        [
            Size(width: 40, height: 10), Size(width: 64, height: 20), Size(width: 80, height: 24),
            Size(width: 99, height: 30), Size(width: 100, height: 30), Size(width: 120, height: 40),
            Size(width: 300, height: 100), Size(width: 40 + random.below(261), height: 10 + random.below(91)),
        ]
    }

    /// Every view and overlay of a story at a size, as (name, state).
    static func states(at size: Size, _ context: BrowserContext) -> [(String, BrowserState)] {
        let start = BrowserState.initial(size: size, context: context)
        func after(_ script: String, from state: BrowserState = start) -> BrowserState {
            drive(keys(script), size: size, from: state, context: context).state
        }
        var states: [(String, BrowserState)] = []
        for screen in ScreenID.allCases {
            let shown = after("\(screen.rawValue)")
            states.append(("\(screen)", shown))
            states.append(("\(screen) bottom", after("G", from: shown)))
            if screen.hasList { states.append(("\(screen) detail", after("j Tab j", from: shown))) }
            states.append(("\(screen) help", after("?", from: shown)))
            if screen == .overview || screen == .narratives {
                states.append(("\(screen) help end", after("? G", from: shown)))
            }
        }
        states.append(("matrix", after("4 m")))
        states.append(("outcomes", after("3 o")))
        states.append(("filter picker", after("3 &")))
        states.append(("document picker", after("5 d")))
        states.append(("search", after("/")))
        states.append(("search results", after("/the")))
        states.append(("search nothing", after("/zzzz")))
        states.append(("after a search", after("/the Enter")))
        var message = after("2")
        message.message =
            "A message longer than any bar: it says what was done, to which item, and what the next key could be, at length."
        states.append(("long message", message))
        return states
    }

    @Test(arguments: [UInt64(41), 42, 43, 44])
    func everyViewOfAnyStoryFitsItsText(seed: UInt64) throws {
        var random = SeededRandom(state: seed)
        let json = Self.storyJSON(&random)
        let story = try StoryLoader().load(bytes: Array(json.utf8), name: "fit.json") { _ in
            .failure(.init(message: ""))
        }
        let context = BrowserContext(story: story, ascii: seed % 2 == 1)
        Self.checkEveryView(context, sizes: Self.sizes(&random), "seed \(seed)")
    }

    /// Every view and overlay of a story at each size, then the list titles from size to size.
    static func checkEveryView(_ context: BrowserContext, sizes: [Size], _ label: String) {
        for size in sizes {
            for (name, state) in states(at: size, context) {
                check(render(state, context, recording: true), "\(label) \(name) at \(size)")
                checkWordsKeptTogether(state, context, "\(label) \(name) at \(size)")
            }
        }
        for screen in ScreenID.allCases where screen.hasList {
            checkTitlesGrow(screen, sizes: sizes, context, label)
        }
    }

    /// The stories the project ships and tests with: the embedded one (in Unicode and in
    /// ASCII), the one told across two articles, and a draft.
    @Test(arguments: ["embedded", "ascii", "developing", "drafted"])
    func everyViewOfTheProjectsStoriesFitsItsText(story: String) {
        let context =
            switch story {
            case "ascii": asciiContext
            case "developing": DevelopingStoryTests.context
            case "drafted": DraftedStoryTests.context
            default: sharedContext
            }
        var random = SeededRandom(state: 51)
        Self.checkEveryView(context, sizes: Self.sizes(&random), story)
    }

    /// No row of the page ends inside a date ("26" / "Feb") or a person's two-word name
    /// ("Marco" / "Rubio") that would fit on the next row whole.
    static func checkWordsKeptTogether(_ state: BrowserState, _ context: BrowserContext, _ place: String) {
        let model = ScreenModel(state, context)
        let width = max(1, model.pageRect.width - 2)
        let names = Set(
            context.story.entities.filter { $0.kind == .person }.map { context.style.prepare($0.name) }
                .filter { $0.split(separator: " ").count == 2 && DisplayWidth.of($0) <= 30 })
        let rows = model.page.lines.map { line in
            line.spans.map(\.text).joined().split(separator: " ")
        }
        for (row, next) in zip(rows, rows.dropFirst()) {
            guard let last = row.last, let first = next.first else { continue }
            let pair = String(KeepTogether.core(last)) + " " + String(KeepTogether.core(first))
            // The pair fits on a row with the indent a continued row has at most.
            guard DisplayWidth.of(pair) + 8 <= width else { continue }
            let isDate =
                Int(KeepTogether.core(last)).map { (1...31).contains($0) } == true
                && KeepTogether.months.contains(KeepTogether.core(first)) && last.last?.isNumber == true
            if isDate || (names.contains(pair) && last.last?.isLetter == true) {
                Issue.record("\"\(row.joined(separator: " "))\" / \"\(next.joined(separator: " "))\": \(place)")
                return
            }
        }
    }

    static func check(_ grid: Grid, _ place: String) {
        for y in 0..<grid.size.height where grid.rowWidth(y) != grid.size.width {
            Issue.record("row \(y) is \(grid.rowWidth(y)) cells wide: \(place)")
            return
        }
        let record = grid.record!
        if let overlap = record.overlaps.first {
            Issue.record(
                "\"\(overlap.now)\" drawn over \"\(overlap.was)\" at \(overlap.x),\(overlap.y): \(place)\n\(grid.textLines.joined(separator: "\n"))"
            )
        }
        if let clip = record.clips.first {
            Issue.record(
                "\"\(clip.text)\" cut to \(clip.width) cells with no ellipsis at \(clip.x),\(clip.y): \(place)\n\(grid.textLines.joined(separator: "\n"))"
            )
        }
    }

    /// The visible part of each item's title in the list, at each size: never shorter at a
    /// bigger size with the same arrangement (and, in the Timeline, with the wording column
    /// shown at both or neither); cut, it ends with the ellipsis.
    static func checkTitlesGrow(_ screen: ScreenID, sizes: [Size], _ context: BrowserContext, _ place: String) {
        var shown: [Size: [ItemRef: Int]] = [:]
        for size in sizes {
            let state = drive(keys("\(screen.rawValue)"), size: size, context: context).state
            let grid = render(state, context)
            let model = ScreenModel(state, context)
            guard let list = model.layout.list else { continue }
            let width = list.width - 3
            var titles: [ItemRef: Int] = [:]
            for row in 0..<list.height {
                let index = state.place.list.offset + row
                guard index < model.rows.count, let item = model.rows[index].item else { continue }
                let (full, title) = Self.rowText(item, width: width, context)
                var visible = ""
                for x in (list.x + 2)..<(list.x + 2 + width) where !grid[x, list.y + row].isWideTail {
                    visible.append(grid[x, list.y + row].character)
                }
                while visible.last == " " { visible.removeLast() }
                let ellipsis = context.glyphs.ellipsis
                // An entity's row puts its counts at the right: the name is what may be cut.
                if case .entity(let index) = item {
                    let name = context.style.prepare(context.story.entities[index].name)
                    var drawn = context.style.prepare(EntitiesScreen.row(index, width: width, context: context))
                    while drawn.last == " " { drawn.removeLast() }
                    if visible == drawn, !drawn.hasPrefix(name) {
                        guard let cut = drawn.range(of: ellipsis) else {
                            Issue.record(
                                "\"\(visible)\" cuts a name without an ellipsis: \(place) \(screen) at \(size)")
                            continue
                        }
                        titles[item] = drawn.distance(from: drawn.startIndex, to: cut.lowerBound)
                        continue
                    }
                    if visible == drawn {
                        titles[item] = name.count
                        continue
                    }
                }
                var count = full.count
                if visible != full {
                    guard visible.hasSuffix(ellipsis) || visible.hasSuffix(".") else {
                        Issue.record("\"\(visible)\" is cut without an ellipsis: \(place) \(screen) at \(size)")
                        continue
                    }
                    count = visible.count - (visible.hasSuffix(ellipsis) ? ellipsis.count : 1)
                }
                titles[item] = min(max(0, count - title.lowerBound), title.count)
            }
            shown[size] = titles
        }
        func sameLayout(_ a: Size, _ b: Size) -> Bool {
            let need = ListNeeds.of(context)[screen]
            let first = Layout(size: a, screen: screen, focus: .list, matrix: false, listNeed: need)
            let second = Layout(size: b, screen: screen, focus: .list, matrix: false, listNeed: need)
            guard first.arrangement == second.arrangement, let left = first.list, let right = second.list else {
                return false
            }
            return screen != .timeline
                || (TimelineScreen.wordingWidth(row: left.width - 3) > 0)
                    == (TimelineScreen.wordingWidth(row: right.width - 3) > 0)
        }
        for small in sizes {
            for big in sizes
            where big != small && big.width >= small.width && big.height >= small.height && sameLayout(small, big) {
                for (item, cells) in shown[small] ?? [:] {
                    guard let bigger = shown[big]?[item] else { continue }
                    #expect(bigger >= cells, "\(item) shows \(cells) at \(small) but \(bigger) at \(big): \(place)")
                }
            }
        }
    }

    /// A list row's text as the list draws it, and where in it the item's title is (an
    /// entity's name starts its row; an event's title and a question end theirs).
    static func rowText(_ item: ItemRef, width: Int, _ context: BrowserContext) -> (
        row: String, title: Range<Int>
    ) {
        func prepare(_ text: String) -> String { context.style.prepare(text) }
        switch item {
        case .entity(let index):
            let row = prepare(EntitiesScreen.row(index, context: context))
            return (row, 0..<prepare(context.story.entities[index].name).count)
        case .event(let index):
            let row = prepare(TimelineScreen.row(index, width: width, context: context))
            return (row, (row.count - prepare(context.story.events[index].title).count)..<row.count)
        case .topic(let index):
            let row = prepare(NarrativesScreen.row(index, context: context))
            return (row, (row.count - prepare(context.story.topics[index].question).count)..<row.count)
        default:
            let name = prepare(context.name(of: item))
            return (name, 0..<name.count)
        }
    }

    /// Every line of help, at every width a box can have, wraps into rows that hold all its
    /// words, none wider than the box.
    @Test func noLineOfHelpIsCut() {
        for context in [sharedContext, asciiContext] {
            for screen in ScreenID.allCases {
                for matrix in [false, true] where !matrix || screen == .narratives {
                    let lines = HelpOverlay.lines(for: screen, matrix: matrix, width: 200, context: context)
                    let words = lines.flatMap { $0.text.split(separator: " ") }
                    for width in [36, 40, 50, 63, 80] {
                        let rows = HelpOverlay.lines(for: screen, matrix: matrix, width: width, context: context)
                        #expect(rows.flatMap { $0.text.split(separator: " ") } == words, "\(screen) at \(width)")
                        #expect(rows.allSatisfy { DisplayWidth.of($0.text) <= width }, "\(screen) at \(width)")
                    }
                }
            }
        }
    }
}
