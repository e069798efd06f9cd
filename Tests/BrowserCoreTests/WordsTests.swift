import Testing

@testable import BrowserCore
@testable import StoryModel

/// How the browser words things: relations as sentences, the time axis, search ranking.
@Suite struct WordsTests {
    let context = sharedContext
    var story: Story { context.story }

    func entity(_ id: String) -> Entity { story.entities[context.index.entityByID[id]!] }
    func relation(_ subject: String, _ object: String) -> Relation {
        story.relations.first { $0.subject == subject && $0.object == object }!
    }

    @Test func relationsReadAsSentencesWithTheArticleANameTakes() {
        #expect(
            context.relationSentence(relation("trump", "united-states"))
                == "Donald Trump is President of the United States")
        #expect(
            context.relationSentence(relation("starmer", "united-kingdom"))
                == "Keir Starmer is Prime Minister of the United Kingdom")
        #expect(
            context.relationSentence(relation("kallas", "eu"))
                == "Kaja Kallas is High Representative for Foreign Affairs of the European Union")
        #expect(
            context.relationSentence(relation("zelensky", "ukraine")) == "Volodymyr Zelensky is President of Ukraine")
        #expect(
            context.relationSentence(relation("zelensky", "united-states"))
                == "Volodymyr Zelensky criticizes the United States")
        // A label that ends in its own article gets no second one.
        #expect(
            context.relationSentence(relation("european-peacekeepers", "ceasefire")).hasSuffix("keep the ceasefire"))
    }

    @Test func theRuleIsGeneralNotAListOfThisStorysNames() {
        func named(_ name: String, _ kind: Entity.Kind, aliases: [String] = [], description: String = "") -> String {
            Entity(id: "x", name: name, aliases: aliases, kind: kind, role: "", description: description)
                .nameInSentence
        }
        #expect(named("United Arab Emirates", .country) == "the United Arab Emirates")
        #expect(named("Bank of England", .organisation) == "the Bank of England")
        #expect(named("Labour Party", .organisation) == "the Labour Party")
        #expect(named("White House", .place) == "the White House")
        #expect(named("Philippines", .country) == "the Philippines")
        #expect(named("EU", .bloc) == "the EU")
        #expect(named("NATO", .organisation) == "NATO")
        #expect(named("France", .country) == "France")
        #expect(named("Northline", .organisation) == "Northline")
        #expect(named("Carrow", .place) == "Carrow")
        #expect(named("town council of Carrow", .organisation) == "the town council of Carrow")
        #expect(named("Ruth Alder", .person) == "Ruth Alder")
        #expect(named("Guardian", .organisation, description: "A paper; the Guardian said so.") == "the Guardian")
        #expect(named("The minerals deal", .concept) == "the minerals deal")
        #expect(named("The Hague", .place) == "The Hague")
    }

    @Test func theEntitiesDetailShowsTheSentence() {
        let state = drive(keys("2 j Tab"), size: Size(width: 120, height: 40)).state
        let text = render(state, context).textLines.joined(separator: "\n")
        #expect(text.contains("is President of the United States"))
        #expect(!text.contains("is President of United States"))
        let us = drive(keys("2 j j j j j j j j Tab"), size: Size(width: 120, height: 40)).state
        let page = render(us, context).textLines.joined(separator: "\n")
        #expect(page.contains("Donald Trump is President of the United States"), "\(page)")
    }
}
