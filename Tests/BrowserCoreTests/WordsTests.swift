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

/// The Timeline's axis: ticks an even step apart in time, labels clearly apart.
@Suite struct AxisTests {
    func ticks(_ context: BrowserContext, width: Int) -> [(ordinal: Int, x: Int, label: String)] {
        let rect = Rect(x: 0, y: 1, width: width, height: 3)
        let frame = AxisFrame(
            rows: context.listRows(.timeline, filter: nil), rect: rect, published: context.publicationDays,
            context: context)
        return frame?.ticks() ?? []
    }

    @Test func ticksAreEvenlySpacedInTimeAndLabelsStandApart() {
        for context in [sharedContext, DevelopingStoryTests.context] {
            for width in [40, 80, 120, 200] {
                let ticks = ticks(context, width: width)
                #expect(!ticks.isEmpty)
                let steps = Set(zip(ticks, ticks.dropFirst()).map { $1.ordinal - $0.ordinal })
                #expect(steps.count <= 1, "one step at \(width): \(ticks.map(\.label))")
                for (a, b) in zip(ticks, ticks.dropFirst()) {
                    #expect(b.x - (a.x + DisplayWidth.of(a.label)) >= 2, "\(a.label) and \(b.label) at \(width)")
                }
            }
        }
    }

    /// "2 Jun 25 11 Jun 25" read as "Jun 25 11": no two-digit year, and the days of a
    /// developing story over two months are labelled "2 Jun", "16 Jun" (weekly steps on Mondays).
    @Test func labelsCannotBeMisread() {
        let context = DevelopingStoryTests.context
        let state = drive(keys("3"), context: context).state
        let labels = render(state, context).textLines[1]
        #expect(labels.contains("2 Jun"))
        #expect(!labels.contains("Jun 25"), "\(labels)")
        let placed = ticks(context, width: 80)
        #expect(placed.dropFirst().allSatisfy { Day(ordinal: $0.ordinal).weekday == 0 })
        let words = labels.split(separator: " ", omittingEmptySubsequences: true)
        #expect(words.count == placed.count * 2, "each label is a day and a month: \(labels)")
        // A short story is labelled day by day with its weekdays.
        let short = ticks(sharedContext, width: 80).map(\.label)
        #expect(short.first == "Mon 24")
        #expect(short.contains("Fri 28"))
    }

    @Test func aSpanOverTwoYearsNamesTheYearInFull() {
        var story = sharedContext.story
        story.events[0].when.resolved?.start = Day(year: 2024, month: 11, day: 4)
        story.events[0].when.resolved?.precision = .day
        let context = BrowserContext(story: story)
        let labels = ticks(context, width: 120).map(\.label)
        #expect(labels.allSatisfy { $0.hasSuffix(" 2024") || $0.hasSuffix(" 2025") }, "\(labels)")
    }
}

/// Search ranks what an item is (a name, a title, an event's date) above what merely mentions
/// the words.
@Suite struct SearchRankingTests {
    let context = sharedContext

    @Test func anEventOnThatDayComesBeforeAnEntityWhoseDescriptionMentionsIt() throws {
        let results = context.search.search("Friday")
        let first = try #require(results.first)
        let meeting = try #require(context.index.eventByID["zelensky-trump-meeting"])
        #expect(first.target == .item(.event(meeting)))
        let washington = try #require(
            results.firstIndex { $0.target == .item(.entity(context.index.entityByID["washington"]!)) })
        let events = results.indices.filter { if case .item(.event) = results[$0].target { true } else { false } }
        #expect(events.allSatisfy { $0 < washington }, "every event of that day before the entity")
        // The overlay shows the Events group first.
        let session = SearchSession(query: "Friday", results: results)
        #expect(SearchOverlay.rows(session).first == .header("Events (2)"))
    }

    @Test func aDateInWordsFindsTheEventsOfThatDay() {
        let results = context.search.search("wednesday")
        let titles = results.compactMap { result -> String? in
            if case .item(.event(let index)) = result.target { return context.story.events[index].title }
            return nil
        }
        #expect(titles.contains("Trump's cabinet meeting"))
        #expect(
            SearchIndex.spelledOut(.day(Day(year: 2025, month: 2, day: 28)!, inferred: false))
                == "Friday 28 February 2025")
    }
}
