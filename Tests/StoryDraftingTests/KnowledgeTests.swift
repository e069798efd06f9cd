import Testing

@testable import StoryDrafting

/// The generated knowledge tables, looked up as the drafter looks them up.
@Suite struct KnowledgeTests {
    @Test func placesHaveTheirKinds() {
        #expect(Knowledge.place("Guyana") == .country)
        #expect(Knowledge.place("Texas") == .region)
        #expect(Knowledge.place("Lubbock County") == .region)
        #expect(Knowledge.place("Phoenix") == .city)
        #expect(Knowledge.place("Kyiv") == .city)
        // A name that is also a word is a place only where the text says so.
        #expect(Knowledge.place("Reading") == .town)
        #expect(Knowledge.place("Most") == .town)
        #expect(Knowledge.place("Budget") == nil)
        #expect(Knowledge.place("") == nil && Knowledge.place("Texas|region") == nil)
    }

    @Test func givenNamesHaveTheirUsualSex() {
        #expect(Knowledge.givenName("Amy") == .female)
        #expect(Knowledge.givenName("Donald") == .male)
        #expect(Knowledge.givenName("Budget") == nil)
        #expect(Knowledge.givenName("amy") == nil, "names are looked up as written")
    }

    @Test func commonWordsWithTheirPlurals() {
        for word in ["Budget", "Insurance", "Player", "Directors", "economy", "Companies"] {
            #expect(Knowledge.isCommonWord(word), "\(word)")
        }
        for word in ["Putin", "Guyana", "Zelensky", "Amy"] {
            #expect(!Knowledge.isCommonWord(word), "\(word)")
        }
    }

    @Test func everyTableIsSortedSoHalvingFindsEveryLine() {
        for table in [KnowledgeTables.places, KnowledgeTables.givenNames, KnowledgeTables.commonWords] {
            #expect(table.count > 1_000)
        }
        #expect(KnowledgeTables.places.count > 30_000)
        // Every 97th line of each table is found by its key.
        for table in [KnowledgeTables.places, KnowledgeTables.givenNames, KnowledgeTables.commonWords] {
            for line in table.allLines.enumerated().filter({ $0.offset % 97 == 0 }).map(\.element) {
                let key = line.split(separator: "|", maxSplits: 1).first.map(String.init) ?? line
                #expect(table.contains(key), "\(line)")
            }
        }
    }
}
