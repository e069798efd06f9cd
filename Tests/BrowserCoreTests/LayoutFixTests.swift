import Testing

@testable import BrowserCore
@testable import StoryModel

/// Defects found by laying out a story the project had not seen, each fixed and kept so.
@Suite struct LayoutFixTests {
    static let story: Story = {
        let text =
            "Ann met the minister. He said \\\"we will sign\\\" on the day the long and winding talks about the harbour ended."
        let json = """
            {"format": "storyscope-story", "version": 1, "id": "t", "title": "T", "summary": "S",
             "documents": [{"id": "doc", "title": "D", "text": "\(text)"}],
             "entities": [{"id": "ann", "name": "Ann", "kind": "person", "role": "r", "description": "d"},
                          {"id": "minister", "name": "minister", "kind": "person", "role": "r", "description": "d",
                           "mentions": [{"excerpt": "He"}]}],
             "claims": [{"id": "c", "speaker": "minister", "quote": "we will sign", "paraphrase": "p", "reach": "said",
                         "evidence": [{"excerpt": "He said \\\"we will sign\\\""}]}]}
            """
        return try! StoryLoader().load(bytes: Array(json.utf8), name: "t.json") { _ in .failure(.init(message: "")) }
    }()
    static let context = BrowserContext(story: story)

    @Test func oneMentionIsOnePlace() {
        let page = EntitiesScreen.detail(0, width: 80, context: Self.context)
        #expect(page.links.contains { $0.description == "the place the source names Ann" })
    }

    @Test func aQuotedClaimIsNotQuotedTwiceInTheSourceHeader() {
        let header = SourceScreen.focusDescription(.item(.claim(0)), count: 1, context: Self.context)
        #expect(header == "Highlighted: where the source supports claim \u{201C}we will sign\u{201D} (1).")
    }

    @Test func aSearchHitLateInALongSentenceShowsTheMatch() {
        let sentence = Self.story.documents[0].text.sentences[1]
        let result = SearchIndex.Result(
            target: .passage(document: 0, range: sentence), field: .sourceText, score: 1,
            text: String(Self.story.documents[0].text.slice(sentence)))
        let narrow = SearchOverlay.label(result, query: "harbour", width: 40, context: Self.context)
        #expect(narrow == "line 1: …the harbour ended.")
        let wide = SearchOverlay.label(result, query: "harbour", width: 200, context: Self.context)
        #expect(wide.hasPrefix("line 1: He said"))
        #expect(
            SearchOverlay.label(result, query: "said", width: 40, context: Self.context).hasPrefix("line 1: He said"))
    }

    @Test func theBriefingCitesAnEntityWhereTheSourceNamesIt() {
        let briefing = MarkdownExport.render(Self.story)
        let entry = briefing.split(separator: "\n").first { $0.hasPrefix("- **minister**") }
        let footnote = entry?.split(separator: "[^").last.map { "[^" + $0.prefix { $0 != "]" } + "]: " }
        let cited = briefing.split(separator: "\n").first { footnote.map($0.hasPrefix) ?? false }
        #expect(cited?.hasSuffix("\u{201C}minister\u{201D}") == true, "\(String(describing: cited))")
    }

    /// Events on one last day, a range and a week: every event has a mark of its own on the
    /// axis, and the wording column stays in line whatever the width of the date.
    static let timelineStory: Story = {
        let text = "They met on Monday. They met again on Monday. A summit ran from 3 to 4 March. Talks this week."
        func event(_ id: String, _ excerpt: String, _ resolved: String) -> String {
            """
            {"id": "\(id)", "title": "\(id) title", "summary": "s", "status": "happened",
             "when": {"text": "\(excerpt)", "resolved": \(resolved)}, "evidence": [{"excerpt": "\(excerpt)"}]}
            """
        }
        let day = #"{"precision": "day", "date": "2025-03-10", "inferred": true, "basis": "b"}"#
        let json = """
            {"format": "storyscope-story", "version": 1, "id": "t", "title": "T", "summary": "S",
             "documents": [{"id": "doc", "title": "D", "text": "\(text)"}],
             "events": [\(event("first", "met on Monday", day)), \(event("second", "met again on Monday", day)),
                        \(event("summit", "from 3 to 4 March", #"{"precision": "range", "start": "2025-03-03", "end": "2025-03-04", "inferred": true, "basis": "b"}"#)),
                        \(event("talks", "this week", #"{"precision": "week", "start": "2025-03-03", "end": "2025-03-09", "inferred": true, "basis": "b"}"#))]}
            """
        return try! StoryLoader().load(bytes: Array(json.utf8), name: "t.json") { _ in .failure(.init(message: "")) }
    }()

    @Test func twoEventsOnTheLastDayBothHaveAMark() {
        let context = BrowserContext(story: Self.timelineStory)
        for width in [40, 80, 120, 300] {
            let rect = Rect(x: 0, y: 0, width: width, height: 3)
            let rows = context.listRows(.timeline, filter: nil)
            guard let frame = AxisFrame(rows: rows, rect: rect, published: [], context: context) else {
                Issue.record("no axis at \(width)")
                continue
            }
            let axis = frame.place(rows: rows, context: context)
            #expect(axis.marks.count == 4, "at \(width)")
            #expect(Set(axis.columnOfEvent.values).count == 4, "each event its own column at \(width)")
        }
    }

    @Test func theWordingColumnStaysInLineWithDateRanges() {
        let context = BrowserContext(story: Self.timelineStory)
        #expect(context.timelineDateWidth == 12)
        for width in [50, 80] {
            let rows = context.story.events.indices.map { TimelineScreen.row($0, width: width, context: context) }
            let columns = zip(rows, context.story.events).map { row, event in
                row.distance(from: row.startIndex, to: row.range(of: event.title)!.lowerBound)
            }
            #expect(Set(columns).count == 1, "titles start in one column at \(width): \(rows)")
            #expect(rows.contains { $0.contains("3 Mar–4 Mar~") })
        }
    }

    @Test func theTimelineListKeepsTheWordingWhenSideBySide() {
        let state = drive(keys("3"), size: Size(width: 120, height: 40)).state
        let screen = render(state, sharedContext).textLines.joined(separator: "\n")
        #expect(screen.contains("on Friday"))
        #expect(screen.contains("this week"))
    }

    /// A speaker whose name is wider than the name column: cut with an ellipsis, never run
    /// into the cells, at every width.
    @Test func longSpeakerNamesAreCutInTheMatrix() {
        let long = "The Trump administration's own spokesperson for every question of the day"
        let json = """
            {"format": "storyscope-story", "version": 1, "id": "t", "title": "T", "summary": "S",
             "documents": [{"id": "doc", "title": "D", "text": "\(long) said yes. Ann said no."}],
             "entities": [{"id": "a", "name": "\(long)", "kind": "organisation", "role": "r", "description": "d"},
                          {"id": "ann", "name": "Ann", "kind": "person", "role": "r", "description": "d"}],
             "claims": [{"id": "y", "speaker": "a", "paraphrase": "yes", "reach": "said", "evidence": [{"excerpt": "said yes"}]},
                        {"id": "n", "speaker": "ann", "paraphrase": "no", "reach": "said", "evidence": [{"excerpt": "said no"}]}],
             "topics": [{"id": "q", "question": "Yes or no?", "sides": [{"label": "Yes", "claims": ["y"]}, {"label": "No", "claims": ["n"]}]}]}
            """
        let story = try! StoryLoader().load(bytes: Array(json.utf8), name: "t.json") { _ in .failure(.init(message: ""))
        }
        let context = BrowserContext(story: story)
        for width in [20, 40, 80, 120, 300] {
            let page = NarrativesScreen.matrix(width: width, context: context)
            for line in page.lines where line.spans.count > 1 {
                for (span, next) in zip(line.spans, line.spans.dropFirst()) {
                    #expect(
                        span.x + DisplayWidth.of(span.text) <= next.x, "\(span.text) runs into \(next.text) at \(width)"
                    )
                }
            }
            #expect(
                page.lines.contains {
                    $0.spans.first?.text.hasPrefix("The Trump") == true && $0.spans.first?.text.hasSuffix("…") == true
                })
        }
    }

    /// A story of two articles, written for this test.
    static let twoDocuments: Story = {
        let json = """
            {"format": "storyscope-story", "version": 1, "id": "two", "title": "T", "summary": "S",
             "documents": [{"id": "first", "title": "Signing set for Friday", "published": {"date": "2025-02-26"},
                            "text": "The signing is set for Friday."},
                           {"id": "second", "title": "Signing called off", "published": {"date": "2025-03-04"},
                            "text": "The signing was called off on Friday."}],
             "events": [{"id": "signing", "title": "The signing", "summary": "s", "status": "cancelled",
                         "when": {"text": "Friday", "resolved": {"precision": "day", "date": "2025-02-28", "inferred": true, "basis": "b"}},
                         "evidence": [{"document": "first", "excerpt": "set for Friday"}, {"document": "second", "excerpt": "called off"}]}]}
            """
        return try! StoryLoader().load(bytes: Array(json.utf8), name: "two.json") { _ in .failure(.init(message: "")) }
    }()

    @Test func withTwoDocumentsALineNamesItsDocument() {
        let context = BrowserContext(story: Self.twoDocuments)
        let detail = TimelineScreen.detail(0, width: 80, context: context)
        let text = detail.lines.map { $0.spans.map(\.text).joined() }.joined(separator: "\n")
        #expect(text.contains("Signing set for Friday, line 1: "))
        #expect(text.contains("Signing called off, line 1: "))
        let result = SearchIndex.Result(
            target: .passage(document: 1, range: 0..<10), field: .sourceText, score: 1,
            text: "The signing was called off")
        #expect(SearchOverlay.label(result, query: "off", context: context).hasPrefix("Signing called off, line 1: "))
        let single = BrowserContext(story: Self.story)
        #expect(single.lineReference(document: 0, scalar: 0) == "line 1")
    }

    @Test func everyPublicationDayIsMarkedOnTheAxis() {
        let context = BrowserContext(story: Self.twoDocuments)
        let state = drive(keys("3"), size: Size(width: 80, height: 24), context: context).state
        let rows = render(state, context).textLines
        #expect(rows[3].filter { $0 == "▲" }.count == 2, "\(rows[1...3])")
        #expect(rows[3].contains("▲ published"))
    }
}

/// A list as wide as its longest row needs, beside a detail of at least 50 cells, or stacked
/// above it when that cannot be (issue 17, point 2).
@Suite struct ListWidthTests {
    func layout(_ width: Int, _ height: Int, _ screen: ScreenID) -> Layout {
        var state = BrowserState.initial(size: Size(width: width, height: height), context: sharedContext)
        state.screen = screen
        return state.layout
    }

    @Test func aWideWindowGivesTheListWhatItsLongestRowNeeds() {
        let need = ListNeeds.of(sharedContext)
        let entities = layout(200, 60, .entities)
        #expect(entities.arrangement == .sideBySide)
        #expect(entities.list?.width == max(30, need[.entities]!))
        let timeline = layout(200, 60, .timeline)
        #expect(timeline.arrangement == .sideBySide)
        #expect(timeline.list?.width == need[.timeline]!, "the Timeline is no longer held to 64 columns")
    }

    @Test func aListThatWouldBeCutBesideItsDetailIsStackedAboveIt() {
        // At 120 columns the Timeline's rows need more than the 69 cells beside a 50-cell detail.
        let timeline = layout(120, 40, .timeline)
        #expect(timeline.arrangement == .stacked)
        #expect(timeline.list?.width == 120)
        // Too short to stack: side by side, the list cut to leave the detail its 50 cells.
        let short = layout(120, 16, .timeline)
        #expect(short.arrangement == .sideBySide)
        #expect(short.list?.width == 120 - 1 - Layout.detailWidth)
    }

    @Test func timelineRowsAndTheirWordingAreWholeAt120x40() {
        let lines = render(drive(keys("3"), size: Size(width: 120, height: 40)).state, sharedContext).textLines
        #expect(lines.contains { $0.contains("Zelensky meets Trump in Washington") })
        #expect(lines.contains { $0.contains("not stated in the text") })
    }
}

/// Sides side by side keep their claims on the same rows (issue 17, defect 4).
@Suite struct AlignedSidesTests {
    @Test func eachSidesClaimsStartOnOneRow() {
        for size in [Size(width: 120, height: 40), Size(width: 200, height: 60)] {
            let lines = render(drive(keys("4 Enter"), size: size).state, sharedContext).textLines
            #expect(lines.contains { $0.contains("Donald Trump · said") && $0.contains("Volodymyr Zelensky · said") })
            #expect(
                lines.contains { $0.contains("Donald Trump · announced") && $0.contains("Volodymyr Zelensky · said") })
        }
    }
}

/// The article chooser `d` (issue 17, defect 2 and point 2).
@Suite struct DocumentChooserTests {
    @Test func aStoryOfOneArticleOffersNoChoice() {
        let state = drive(keys("5 d")).state
        #expect(state.mode == .normal)
        #expect(state.message == "This story has one article: nothing to choose.")
    }

    @Test func aWiderWindowShowsMoreOfEachTitle() {
        func width(_ size: Size) -> Int? {
            let state = drive(keys("5 d"), size: size, context: DevelopingStoryTests.context).state
            guard case .picker(let picker) = state.mode else { return nil }
            return PickerOverlay.box(body: state.layout.body, picker: picker).width
        }
        let narrow = width(Size(width: 80, height: 24))
        let wide = width(Size(width: 200, height: 60))
        #expect(narrow != nil && wide != nil)
        #expect((wide ?? 0) >= (narrow ?? 0))
        #expect((narrow ?? 0) <= 80)
    }
}
