import Testing

@testable import StoryModel

/// Names found in the text: whole words, longest match, names that share their first words
/// kept apart, names that start with punctuation.
@Suite struct MentionMatcherTests {
    static func load(text: String, entities: [(id: String, name: String, aliases: [String])]) throws -> Story {
        let list = entities.map { entity in
            let aliases = entity.aliases.map { "\"\($0)\"" }.joined(separator: ", ")
            return """
                {"id": "\(entity.id)", "name": "\(entity.name)", "aliases": [\(aliases)], "kind": "person", "role": "r", "description": "d"}
                """
        }.joined(separator: ",\n")
        let json = """
            {"format": "storyscope-story", "version": 1, "id": "t", "title": "T", "summary": "S",
             "documents": [{"id": "doc", "title": "D", "text": "\(text)"}],
             "entities": [\(list)]}
            """
        return try StoryLoader().load(bytes: Array(json.utf8), name: "test.json") { _ in
            .failure(.init(message: "none"))
        }
    }

    static func excerpts(_ story: Story, _ id: String) -> [String] {
        story.entities.first { $0.id == id }!.mentions.map(\.evidence.excerpt)
    }

    @Test func namesThatShareTheirFirstWordsAreKeptApart() throws {
        let story = try Self.load(
            text: "Anna Nowak-2 met Anna Nowak-1, then Anna Nowak-12 and the President of Ukraine.",
            entities: [
                ("one", "Anna Nowak-1", []), ("two", "Anna Nowak-2", []), ("twelve", "Anna Nowak-12", []),
                ("president", "President of Ukraine", ["Anna"]),
            ])
        #expect(Self.excerpts(story, "one") == ["Anna Nowak-1"])
        #expect(Self.excerpts(story, "two") == ["Anna Nowak-2"])
        #expect(Self.excerpts(story, "twelve") == ["Anna Nowak-12"])
        // "Anna" alone is an alias of someone else: it matches each Anna, as a whole word.
        #expect(Self.excerpts(story, "president") == ["Anna", "Anna", "Anna", "President of Ukraine"])
    }

    @Test func wholeWordsOnlyAndTheLongestMatchWins() throws {
        let story = try Self.load(
            text: "Zelensky, not Zelenskyy; Volodymyr Zelensky and $500 billion (a$500 billion).",
            entities: [
                ("zelensky", "Volodymyr Zelensky", ["Zelensky"]), ("sum", "$500 billion", []),
            ])
        #expect(Self.excerpts(story, "zelensky") == ["Zelensky", "Volodymyr Zelensky"])
        #expect(Self.excerpts(story, "sum") == ["$500 billion"])
    }

    @Test func verbatimMeansByteForByte() {
        #expect(containsVerbatim("the café opened", "café"))
        #expect(!containsVerbatim("the cafe\u{301} opened", "caf\u{E9}"), "a decomposed é is not the same bytes")
        #expect(containsVerbatim("abc", ""))
        #expect(!containsVerbatim("ab", "abc"))
        #expect(containsVerbatim("aab", "ab"))
    }
}
