import Testing

@testable import StoryModel

@Suite struct ExportTests {
    @Test func jsonExportLoadsBackToAnEqualStory() throws {
        let story = try StoryLoader().loadEmbedded()
        let exported = JSONExport.render(story)
        let reloaded = try load(exported)
        #expect(reloaded == story)
        // Exporting again is byte-for-byte stable.
        #expect(JSONExport.render(reloaded) == exported)
    }

    @Test func jsonExportOfTheMinimalStoryRoundTrips() throws {
        let story = try load(storyJSON())
        #expect(try load(JSONExport.render(story)) == story)
    }

    @Test func markdownBriefingHasEverySectionAndBothSidesOfTheDeal() throws {
        let story = try StoryLoader().loadEmbedded()
        let markdown = MarkdownExport.render(story)
        for heading in [
            "# The US–Ukraine minerals deal", "## Who is involved", "## Timeline", "## Contested questions",
            "### What is the minerals deal?", "## Who said what", "## Relations", "## Sources cited",
        ] {
            #expect(markdown.contains(heading), "missing \(heading)")
        }
        let dealTable = markdown.components(separatedBy: "### What is the minerals deal?")[1].components(
            separatedBy: "###")[0]
        let row = dealTable.split(separator: "\n").first {
            $0.contains("very big agreement") && $0.contains("framework agreement")
        }
        #expect(row != nil, "the two framings should sit in one table row")
        #expect(markdown.contains("Fri 28 Feb 2025, inferred (\u{201C}on Friday\u{201D})"))
        // Every cited footnote is defined.
        let cited = Set(markdown.matches(of: /\[\^(\d+)\](?!:)/).map { Int($0.1)! })
        let defined = Set(markdown.matches(of: /^\[\^(\d+)\]:/.anchorsMatchLineEndings()).map { Int($0.1)! })
        #expect(cited == defined)
        #expect(cited.count > 50)
    }

    @Test func markdownNeverCarriesControlCharactersFromTheData() throws {
        let json = storyJSON(
            entities: """
                [{"id": "alice", "name": "Alice\\u001b[31m", "kind": "person", "role": "r|x", "description": "line\\nbreak"},
                 {"id": "bob", "name": "Bob", "kind": "person", "role": "r", "description": "d"}]
                """)
        let markdown = MarkdownExport.render(try load(json))
        #expect(!markdown.unicodeScalars.contains { $0.value == 0x1B })
        #expect(markdown.contains("Alice^[[31m"))
        #expect(markdown.contains("line break"))
    }

    /// Bidirectional overrides and isolates could make the briefing read differently from
    /// what it holds ("Trojan Source"): they are shown as <U+202E>, and the JSON export escapes
    /// them.
    @Test func bidirectionalControlsAreShownVisibly() throws {
        let json = storyJSON(
            entities: """
                [{"id": "alice", "name": "Alice\\u202Egnp.exe\\u202C", "kind": "person", "role": "r\\u2066x\\u2069", "description": "d"},
                 {"id": "bob", "name": "Bob", "kind": "person", "role": "r", "description": "d"}]
                """)
        let story = try load(json)
        let markdown = MarkdownExport.render(story)
        #expect(
            !markdown.unicodeScalars.contains {
                (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
            })
        #expect(markdown.contains("Alice<U+202E>gnp.exe<U+202C>"))
        #expect(markdown.contains("r<U+2066>x<U+2069>"))
        let exported = JSONExport.render(story)
        #expect(exported.contains("Alice\\u202egnp.exe\\u202c"))
        #expect(try load(exported) == story)
    }
}
