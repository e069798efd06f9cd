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
}
