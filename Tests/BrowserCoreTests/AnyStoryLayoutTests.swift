import StoryGenerator
import Testing

@testable import BrowserCore
@testable import StoryModel

/// Any story lays out right: stories generated with names of 1 to 80 cells (wide characters
/// among them), up to six sides a question, many events on one day, ranges and weeks, and
/// several documents (with status reports, linked events, answers and a document's own voice),
/// at sizes from 40x10 to 300x100. In every view and for every item: no
/// text is laid over other text, every row is exactly the width, and every event has a mark
/// on the time axis.
@Suite struct AnyStoryLayoutTests {
    static let nameWords = ["Ann", "Ministry", "of", "Harbour", "Affairs", "Zoë", "Østergaard", "日本", "Council", "the"]

    /// A valid story file, written for this test, from a seed.
    static func storyJSON(_ random: inout SeededRandom) -> String {
        let documentCount = 1 + random.below(3)
        var texts = Array(repeating: "", count: documentCount)
        var entities: [String] = []
        var names: [String] = []
        for index in 0..<(2 + random.below(8)) {
            // Names of one word up to about 80 cells.
            var name = "P\(index)"
            for _ in 0..<random.below(random.below(4) == 0 ? 16 : 4) { name += " " + random.pick(nameWords) }
            names.append(name)
            entities.append(
                #"{"id": "e\#(index)", "name": "\#(name)", "kind": "person", "role": "r", "description": "d"}"#)
        }
        var events: [String] = []
        var claims: [String] = []
        // Each piece of evidence is a sentence of its own, unique, in a chosen document.
        func sentence(_ words: String, in chosen: Int? = nil) -> String {
            let document = chosen ?? random.below(documentCount)
            let text = "\(words) number \(texts.joined().count + texts[document].count)."
            texts[document] += (texts[document].isEmpty ? "" : " ") + text
            return #"{"document": "d\#(document)", "excerpt": "\#(text)"}"#
        }
        let days = ["2025-03-03", "2025-03-04", "2025-03-10", "2025-03-10", "2025-03-10"]
        for index in 0..<(1 + random.below(12)) {
            let resolved: String
            switch random.below(5) {
            case 0:
                resolved =
                    #"{"precision": "range", "start": "2025-03-03", "end": "2025-03-04", "inferred": true, "basis": "b"}"#
            case 1:
                resolved =
                    #"{"precision": "week", "start": "2025-03-03", "end": "2025-03-09", "inferred": true, "basis": "b"}"#
            case 2: resolved = #"{"precision": "before", "date": "2025-03-01", "inferred": true, "basis": "b"}"#
            case 3: resolved = ""
            default:
                resolved = #"{"precision": "day", "date": "\#(random.pick(days))", "inferred": true, "basis": "b"}"#
            }
            // An event without a date leaves "resolved" out.
            let when =
                resolved.isEmpty ? #"{"text": "on a day"}"# : #"{"text": "on a day", "resolved": \#(resolved)}"#
            let title = "Event \(index) " + String(repeating: "long ", count: random.below(8))
            let statuses = ["happened", "scheduled", "cancelled", "expected"]
            // Some events have a status from each document, some a link to an earlier event.
            var status = #""status": "\#(random.pick(statuses))""#
            if random.below(2) == 0 {
                let reports = (0..<documentCount).map { document in
                    #"{"document": "d\#(document)", "status": "\#(random.pick(statuses))", "evidence": [\#(sentence("It was reported", in: document))]}"#
                }
                status = #""reports": [\#(reports.joined(separator: ", "))]"#
            }
            let links =
                index > 0 && random.below(2) == 0
                ? #", "links": [{"kind": "\#(random.pick(["follows", "outcome-of", "replaces", "part-of"]))", "event": "v\#(random.below(index))", "evidence": [\#(sentence("It followed"))]}]"#
                : ""
            events.append(
                #"{"id": "v\#(index)", "title": "\#(title)", "summary": "s", \#(status), "when": \#(when), "participants": ["e\#(random.below(names.count))"], "evidence": [\#(sentence("It happened"))]\#(links)}"#
            )
        }
        var topics: [String] = []
        for topic in 0..<(1 + random.below(3)) {
            var sides: [String] = []
            for side in 0..<(2 + random.below(5)) {
                let id = "c\(topic)-\(side)"
                let speaker = random.below(4) == 0 ? "d\(random.below(documentCount))" : "e\(random.below(names.count))"
                let answer =
                    side > 0 && random.below(2) == 0
                    ? #", "respondsTo": {"claim": "c\#(topic)-\#(side - 1)", "evidence": [\#(sentence("In reply"))]}"#
                    : ""
                claims.append(
                    #"{"id": "\#(id)", "speaker": "\#(speaker)", "paraphrase": "A view \#(String(repeating: "at length ", count: random.below(6)))", "reach": "said", "evidence": [\#(sentence("Someone said so"))]\#(answer)}"#
                )
                sides.append(
                    #"{"label": "Side \#(side) \#(String(repeating: "wide ", count: random.below(5)))", "claims": ["\#(id)"]}"#
                )
            }
            topics.append(
                #"{"id": "t\#(topic)", "question": "Question \#(topic)?", "sides": [\#(sides.joined(separator: ", "))]}"#
            )
        }
        let documents = texts.enumerated().map { index, text in
            #"{"id": "d\#(index)", "title": "Document \#(index)", "published": {"date": "2025-03-0\#(3 + index)"}, "text": "\#(text.isEmpty ? "Nothing here." : text)"}"#
        }
        return generatedStoryJSON(
            id: "any", title: "A story written for the layout tests", summary: "Generated.", documents: documents,
            entities: entities, events: events, claims: claims, topics: topics)
    }

    static func sizes(_ random: inout SeededRandom) -> [Size] {
        [
            Size(width: 40, height: 10), Size(width: 80, height: 24), Size(width: 120, height: 40),
            Size(width: 300, height: 100),
        ]
            + (0..<2).map { _ in Size(width: 40 + random.below(261), height: 10 + random.below(91)) }
    }

    @Test(arguments: [UInt64(31), 32, 33, 34, 35, 36])
    func everyViewOfAnyStoryLaysOutRight(seed: UInt64) throws {
        var random = SeededRandom(state: seed)
        let json = Self.storyJSON(&random)
        let story = try StoryLoader().load(bytes: Array(json.utf8), name: "any.json") { _ in
            .failure(.init(message: ""))
        }
        let context = BrowserContext(story: story)
        for size in Self.sizes(&random) {
            for screen in ScreenID.allCases {
                for (matrix, outcomes) in screen == .narratives
                    ? [(false, false), (true, false)]
                    : screen == .timeline ? [(false, false), (false, true)] : [(false, false)]
                {
                    let rows = context.listRows(screen, filter: nil, outcomes: outcomes)
                    for row in screen.hasList && !matrix ? Array(rows.indices) : [0] {
                        var state = BrowserState.initial(size: size, context: context)
                        state.screen = screen
                        state.narratives.matrix = matrix
                        state.timeline.outcomes = outcomes
                        state.places[screen] = ScreenPlace(list: ListCursor(selected: row, offset: 0), focus: .list)
                        state = reduce(state, .resize(size), context).0
                        Self.check(
                            state, context,
                            "seed \(seed) \(screen) row \(row) matrix \(matrix) outcomes \(outcomes) at \(size)")
                    }
                }
            }
        }
    }

    static func check(_ state: BrowserState, _ context: BrowserContext, _ place: String) {
        let grid = render(state, context)
        for y in 0..<grid.size.height where grid.rowWidth(y) != state.size.width {
            Issue.record("row \(y) is \(grid.rowWidth(y)) cells wide: \(place)")
            return
        }
        let model = ScreenModel(state, context)
        let width = model.pageRect.width
        for (number, line) in model.page.lines.enumerated() {
            let spans = line.spans.sorted { $0.x < $1.x }
            for (span, next) in zip(spans, spans.dropFirst()) where span.x + DisplayWidth.of(span.text) > next.x {
                Issue.record("line \(number): \"\(span.text)\" runs into \"\(next.text)\": \(place)")
                return
            }
            if let last = spans.last, last.x + DisplayWidth.of(last.text) > width {
                Issue.record("line \(number) is wider than the page (\(width)): \(place)")
                return
            }
        }
        if state.screen == .timeline, let axisRect = model.layout.axis {
            let rows = context.listRows(.timeline, filter: nil, outcomes: state.timeline.outcomes)
            let published = context.publicationDays
            guard let frame = AxisFrame(rows: rows, rect: axisRect, published: published, context: context) else {
                return
            }
            let axis = frame.place(rows: rows, context: context)
            let marked = Set(axis.marks.map(\.x))
            for (event, x) in axis.columnOfEvent where !marked.contains(x) {
                Issue.record("event \(event) has no mark at column \(x): \(place)")
                return
            }
            #expect(axis.columnOfEvent.count == rows.count, "\(place)")
            // Events share a column only when their region of the axis has no free one left.
            let beforeX = axisRect.x + 1 + DisplayWidth.of(frame.leftLabel)
            let undatedX = frame.right + 2 + DisplayWidth.of(AxisFrame.undatedLabel) + 1
            var regions: [String: (capacity: Int, columns: [Int])] = [
                "before": (frame.left - 2 - beforeX + 1, []), "undated": (axisRect.maxX - undatedX, []),
                "dated": (frame.right - frame.left + 1, []),
            ]
            for (event, x) in axis.columnOfEvent {
                let region: String =
                    switch context.story.events[event].when.resolved?.precision {
                    case .before?: "before"
                    case nil: "undated"
                    default: "dated"
                    }
                regions[region]!.columns.append(x)
            }
            for (name, region) in regions where region.columns.count <= region.capacity {
                #expect(Set(region.columns).count == region.columns.count, "events share a column (\(name)): \(place)")
            }
        }
    }
}
