import StoryModel
import Testing

@testable import StoryDrafting

/// Time expressions that real articles use (issue 16, class 7), each resolved from a
/// publication date of Friday 21 February 2020, on sentences written for these tests.
@Suite struct DateRuleTests {
    static let published = Day(iso: "2020-02-21")!

    func resolved(_ sentence: String, _ phrase: String) throws -> String {
        let story = try Drafter.load(
            try Drafter.draft([Drafter.Article(name: "t.txt", text: sentence, published: Self.published)]))
        guard let event = story.events.first(where: { $0.when.text == phrase }) else {
            return "not found among \(story.events.map(\.when.text))"
        }
        guard let time = event.when.resolved else { return "unresolved" }
        return "\(time.precision.rawValue) \(time.start?.iso ?? "-") \(time.end?.iso ?? "-")"
    }

    @Test(arguments: [
        ("The plan was announced a week ago.", "a week ago", "week 2020-02-10 2020-02-16"),
        ("Two weeks ago the river rose.", "Two weeks ago", "week 2020-02-03 2020-02-09"),
        ("Rain is forecast for the county late Sunday.", "late Sunday", "day 2020-02-23 2020-02-23"),
        ("Rainfall so far this month has broken records.", "so far this month", "range 2020-02-01 2020-02-21"),
        ("The club has not lost at home since Sept. 27, 2003.", "since Sept. 27, 2003", "after 2003-09-27 -"),
        ("She has led the party since 2015.", "since 2015", "after 2015-01-01 -"),
        // Published on a Friday: the deadline is the next one.
        ("The firm must reply by Friday.", "by Friday", "before - 2020-02-28"),
        ("Talks will go on until March.", "until March", "before - 2020-03-31"),
        ("The abuse began in the 1980s, the court heard.", "the 1980s", "range 1980-01-01 1989-12-31"),
        ("Growth has stalled over the last nine years.", "the last nine years", "range 2011-02-21 2020-02-21"),
        ("A deal could come within two months.", "within two months", "before - 2020-04-21"),
        ("He expects a summit in less than six months.", "in less than six months", "before - 2020-08-21"),
        ("The motion followed an exchange earlier in the day.", "earlier in the day", "day 2020-02-21 2020-02-21"),
        ("Such talks have failed in the past.", "in the past", "before - 2020-02-21"),
        // Parts of a month and of a year, halves and quarters.
        ("The talks began in late January.", "late January", "range 2020-01-21 2020-01-31"),
        ("Work starts in early April.", "early April", "range 2020-04-01 2020-04-10"),
        ("The vote is set for mid-March.", "mid-March", "range 2020-03-11 2020-03-20"),
        ("Fares may rise into early next year.", "early next year", "range 2021-01-01 2021-04-30"),
        ("Sales fell in the first half of 2019.", "the first half of 2019", "range 2019-01-01 2019-06-30"),
        (
            "Costs rose in the third quarter of last year.", "the third quarter of last year",
            "range 2019-07-01 2019-09-30"
        ),
        // Parts of the day, the weekend, seasons.
        ("Shares jumped this morning.", "this morning", "day 2020-02-21 2020-02-21"),
        ("Shelters were full last night.", "last night", "day 2020-02-20 2020-02-20"),
        ("Officials met yesterday afternoon.", "yesterday afternoon", "day 2020-02-20 2020-02-20"),
        ("Queues grew over the weekend.", "the weekend", "range 2020-02-15 2020-02-16"),
        ("The fair opens this weekend.", "this weekend", "range 2020-02-22 2020-02-23"),
        ("He faces voters in the fall election.", "fall", "range 2020-09-01 2020-11-30"),
        ("Cases will rise as the country heads into winter.", "winter", "range 2020-12-01 2021-02-28"),
        // Open spans and years.
        ("Layoffs have spread in recent weeks.", "in recent weeks", "before - 2020-02-21"),
        ("Cases are highest in the east year to date.", "year to date", "range 2020-01-01 2020-02-21"),
        ("Fees rise by 5% from April.", "from April", "after 2020-04-01 -"),
        ("Jobless levels echo the 2008 crash.", "2008", "range 2008-01-01 2008-12-31"),
        ("This past week, cases doubled.", "This past week", "week 2020-02-10 2020-02-16"),
        // The tense of the clause: a month or weekday in the past is the one before.
        ("The firm announced in November that it would sell.", "in November", "range 2019-11-01 2019-11-30"),
        ("The mayor dropped the ball last Friday.", "last Friday", "day 2020-02-14 2020-02-14"),
        ("Lockdowns, three since March, cut demand.", "since March", "after 2019-03-01 -"),
        ("The trust said it was due to open on Saturday.", "on Saturday", "day 2020-02-22 2020-02-22"),
        ("The firms announced on Friday that they will merge.", "on Friday", "day 2020-02-21 2020-02-21"),
        ("He was shot three years ago in the town.", "three years ago", "range 2017-01-01 2017-12-31"),
        ("Prices fell six months ago.", "six months ago", "range 2019-08-01 2019-08-31"),
        ("Cases passed the threshold for July, August and September.", "September", "range 2019-09-01 2019-09-30"),
        ("The storm came a week after last Friday's flood.", "last Friday's", "day 2020-02-14 2020-02-14"),
        ("Homes were hit by Tuesday's tornado.", "Tuesday's", "day 2020-02-18 2020-02-18"),
        // A month as far back as ahead, in a clause that looks ahead: the one to come (issue 18).
        ("Works are now expected to start in August.", "in August", "range 2020-08-01 2020-08-31"),
        // The publication's own weekday is that day, as AP style writes it (the paper is a Friday's).
        ("Trump is due to address Congress on Friday night.", "on Friday night", "day 2020-02-21 2020-02-21"),
        ("The talks resume next Friday.", "next Friday", "day 2020-02-28 2020-02-28"),
        // British style: the weekday before the day and month.
        ("Kick-off is at 3pm on Saturday 22 February.", "on Saturday 22 February", "day 2020-02-22 2020-02-22"),
    ])
    func phrasesRealArticlesUse(sentence: String, phrase: String, expected: String) throws {
        #expect(try resolved(sentence, phrase) == expected)
    }
}

/// Words that look like times and are not (written for the tests).
@Suite struct NotATimeTests {
    @Test(arguments: [
        "Prices fall when supply grows.", "The fall of the old guard was swift.", "The union has 2000 members.",
        "Prime Minister Theresa May met Corbyn and May answered.",
    ])
    func noEvent(sentence: String) throws {
        let story = try Drafter.load(
            try Drafter.draft([Drafter.Article(name: "t.txt", text: sentence, published: DateRuleTests.published)]))
        #expect(story.events.isEmpty, "\(story.events.map(\.when.text))")
    }
}

/// Parts of a span and a year before a comma, on sentences written for these tests.
@Suite struct SpanPartTests {
    func when(_ text: String, _ phrase: String) throws -> ResolvedTime? {
        try draftStory(text, published: Day(iso: "2023-10-03")).events.first { $0.when.text == phrase }?.when.resolved
    }

    @Test func theEndOrBeginningOfASpanWithAPrepositionIsBoundedByIt() throws {
        let until = try when("The outbreak could last until the end of this year.", "until the end of this year")
        #expect(until?.precision == .before && until?.end == Day(iso: "2023-12-31"))
        let since = try when("Orrin has cut 900 jobs since the beginning of 2022.", "since the beginning of 2022")
        #expect(since?.precision == .after && since?.start == Day(iso: "2022-01-01"))
    }

    @Test func theEndOfAMonthAloneIsItsLastThird() throws {
        let end = try when("The Orrin depot closes at the end of November.", "the end of November")
        #expect(end?.start == Day(iso: "2023-11-21") && end?.end == Day(iso: "2023-11-30"))
        let middle = try when("Quell plans to finish the works in the middle of November.", "in the middle of November")
        #expect(middle?.start == Day(iso: "2023-11-11") && middle?.end == Day(iso: "2023-11-20"))
    }

    @Test func beyondAMonthIsFromItOn() throws {
        let beyond = try when("Orrin will not raise rates beyond July.", "beyond July")
        #expect(
            beyond?.precision == .after && beyond?.start == Day(iso: "2024-07-01")
                || beyond?.start == Day(iso: "2023-07-01"))
    }

    @Test func aYearBeforeACommaIsAYearNotACount() throws {
        let year = try when("Claims rose in 2022, officials said.", "in 2022")
        #expect(year?.start == Day(iso: "2022-01-01") && year?.end == Day(iso: "2022-12-31"))
    }
}
