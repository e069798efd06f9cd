import Testing

@testable import StoryModel

@Suite struct IndexTests {
    let story: Story
    let index: StoryIndex

    init() throws {
        story = try StoryLoader().loadEmbedded()
        index = StoryIndex(story)
    }

    func entity(_ id: String) -> Int { index.entityByID[id]! }
    func claim(_ id: String) -> Int { index.claimByID[id]! }
    func event(_ id: String) -> Int { index.eventByID[id]! }

    @Test func anEntityKnowsItsEventsClaimsAndRelations() {
        let zelensky = entity("zelensky")
        #expect(index.eventsOfEntity[zelensky].contains(event("zelensky-trump-meeting")))
        #expect(index.claimsBySpeaker[zelensky].contains(claim("zelensky-framework")))
        #expect(index.relationsOfEntity[zelensky].map { story.relations[$0].object }.contains("ukraine"))
        let washington = entity("washington")
        #expect(index.eventsOfEntity[washington].contains(event("starmer-visit")))
        #expect(index.claimsAbout[entity("minerals-deal")].contains(claim("trump-very-big")))
    }

    @Test func claimsKnowTheirTopicAndWhatTheyStandAgainst() {
        let big = claim("trump-very-big")
        let framework = claim("zelensky-framework")
        #expect(index.claimsAgainst[big].contains(framework))
        #expect(index.claimsAgainst[framework].contains(big))
        #expect(!index.claimsAgainst[big].contains(claim("trump-signing-soon")))
        let placement = index.topicsOfClaim[framework]
        #expect(placement.count == 1)
        #expect(story.topics[placement[0].topic].id == "topic-deal")
        #expect(placement[0].side == 1)
        #expect(index.topicsOfClaim[claim("shmyhal-fund")].first?.side == nil)
        #expect(index.claimsOfEvent[event("cabinet-meeting")].count == 4)
    }

    @Test func aSpanOfTheArticleLeadsBackToTheItemsItSupports() throws {
        let text = story.documents[0].text
        let at = try #require(text.occurrences(of: "framework agreement").first)
        let items = index.items(inDocument: 0, overlapping: at..<(at + 1)).map(\.item)
        #expect(items.contains(.claim(claim("zelensky-framework"))))
        #expect(!items.contains(.claim(claim("trump-very-big"))))
        let nothing = index.items(inDocument: 0, overlapping: 0..<0)
        #expect(nothing.isEmpty)
        #expect(index.items(inDocument: 9, overlapping: 0..<10).isEmpty)
    }

    @Test func spansAreSortedAndCoverEveryItemKind() {
        let spans = index.spans[0]
        #expect(spans.map(\.start) == spans.map(\.start).sorted())
        let kinds = Set(spans.map(\.item.kindName))
        #expect(kinds == ["entity", "relation", "event", "claim"])
    }
}

@Suite struct SearchTests {
    let story: Story
    let search: SearchIndex

    init() throws {
        story = try StoryLoader().loadEmbedded()
        search = SearchIndex(story: story)
    }

    func label(_ result: SearchIndex.Result) -> String {
        switch result.target {
        case .item(.entity(let i)): "entity:\(story.entities[i].id)"
        case .item(.claim(let i)): "claim:\(story.claims[i].id)"
        case .item(.event(let i)): "event:\(story.events[i].id)"
        case .item(.topic(let i)): "topic:\(story.topics[i].id)"
        case .item(.relation(let i)): "relation:\(story.relations[i].id)"
        case .passage(_, let range): "passage:\(range.lowerBound)"
        }
    }

    @Test func aNameMatchRanksAboveABodyTextMatch() {
        let results = search.search("zelensky")
        #expect(label(results[0]) == "entity:zelensky")
        #expect(results.contains { if case .passage = $0.target { true } else { false } })
        let firstPassage = results.firstIndex { if case .passage = $0.target { true } else { false } }!
        #expect(results[..<firstPassage].allSatisfy { $0.score >= results[firstPassage].score })
    }

    @Test func searchIsCaseAndDiacriticInsensitive() {
        #expect(label(search.search("ZELENSKÝ")[0]) == "entity:zelensky")
        #expect(label(search.search("šhmyhal")[0]) == "entity:shmyhal")
    }

    @Test func aQuotedPhraseFindsTheClaim() {
        let results = search.search("framework agreement").map(label)
        #expect(results.first == "claim:zelensky-framework")
        #expect(results.contains { $0.hasPrefix("passage:") })
        #expect(search.search("very big agreement").map(label).first == "claim:trump-very-big")
    }

    @Test func searchWorksAsYouTypeOnWordPrefixes() {
        #expect(search.search("fram").map(label).contains("claim:zelensky-framework"))
        #expect(search.search("kal rub").map(label).contains("event:kallas-rubio-cancelled"))
    }

    @Test func everyWordMustMatchAndEmptyQueriesFindNothing() {
        #expect(search.search("").isEmpty)
        #expect(search.search("  — ").isEmpty)
        #expect(search.search("zelensky xylophone").isEmpty)
        #expect(search.search("qqqq").isEmpty)
        #expect(search.search("the", limit: 3).count == 3)
    }

    @Test func sourceTextIsSearchedBySentence() {
        let results = search.search("unexploded")
        let passage = results.first { if case .passage = $0.target { true } else { false } }
        #expect(passage?.text.hasPrefix("Warnings about the presence of unexploded mines") == true)
    }
}
