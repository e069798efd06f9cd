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
    ])
    func phrasesRealArticlesUse(sentence: String, phrase: String, expected: String) throws {
        #expect(try resolved(sentence, phrase) == expected)
    }
}
