import Foundation
import Testing

@testable import BrowserCore
@testable import StoryModel

/// What a draft's reader must know (articles without a date, files skipped) is shown inside the
/// browser, where a warning printed before it started would be hidden: in the first screen's
/// message, and at the top of the Overview for as long as the browser runs. On the two-article
/// story written for the tests, with notices as `storyscope FOLDER` gives them.
@Suite struct NoticesTests {
    static let notices = Notices(
        undated: [
            .init(name: "harbour/first-report.txt", document: 0), .init(name: "harbour/second-report.txt", document: 1),
        ],
        warnings: [
            "harbour/harbour-depot.story.json: skipped: a story file, not an article (storyscope harbour/harbour-depot.story.json opens it)"
        ])
    static let context = BrowserContext(story: DevelopingStoryTests.story, notices: notices)

    func screen(
        _ script: String, context: BrowserContext = NoticesTests.context, size: Size = Size(width: 80, height: 24)
    )
        -> String
    {
        screenText(drive(keys(script), size: size, context: context).state, context: context)
    }

    @Test func theFirstScreenSaysSoAndTheOverviewKeepsTheList() {
        assertGolden("notices-first-screen-80x24", render(drive([], context: Self.context).state, Self.context))
        assertGolden("notices-overview-80x24", render(drive(keys("3 1"), context: Self.context).state, Self.context))
    }

    @Test func theMessageGoesWithTheFirstKeyAndTheListStays() {
        let first = screen("")
        #expect(first.contains(" Warning: first-report.txt and second-report.txt have no date, so their"))
        #expect(first.contains("Warnings (3)"))
        let later = screen("3 1")
        #expect(!later.contains("Warning: first-report.txt"))
        #expect(later.contains("Warnings (3)"))
        #expect(later.contains("No date: harbour/first-report.txt · harbour/second-report.txt"))
        #expect(later.contains("first line “Date: YYYY-MM-DD”, or open it with --published YYYY-MM-DD."))
        #expect(later.contains("harbour/harbour-depot.story.json: skipped: a story file"))
    }

    @Test func anUndatedArticleIsALinkToIt() {
        // The first link of the page is the first undated article; Tab moves to the second.
        let state = drive(keys("Tab Enter"), context: Self.context).state
        #expect(state.screen == .source)
        #expect(state.source.document == 1)
        #expect(drive(keys("Enter"), context: Self.context).state.source.document == 0)
    }

    @Test(arguments: [
        (
            Notices(undated: [.init(name: "news/a.txt", document: 0)]),
            "Warning: a.txt has no date, so its relative dates (“on Friday”) stay unresolved. The Overview (1) lists it, with how to give a date."
        ),
        (
            Notices(undated: (0..<5).map { .init(name: "\($0).txt", document: $0) }, warnings: ["w1", "w2"]),
            "Warning: 5 articles have no date, so their relative dates stay unresolved. 2 more warnings. The Overview (1) lists them, with how to give a date."
        ),
        (Notices(warnings: ["a.txt: 3 items mended"]), "Warning: a.txt: 3 items mended (listed in the Overview, 1)"),
        (Notices(warnings: ["w1", "w2", "w3"]), "Warning: w1; 2 more listed in the Overview (1)"),
    ])
    func theMessageSaysWhatAndWhere(notices: Notices, message: String) {
        #expect(notices.summary == message)
        let context = BrowserContext(story: DevelopingStoryTests.story, notices: notices)
        #expect(BrowserState.initial(size: Size(width: 80, height: 24), context: context).message == message)
    }

    @Test func noNoticesNoMessageAndNoList() {
        #expect(BrowserState.initial(size: Size(width: 80, height: 24), context: sharedContext).message == nil)
        #expect(!screen("", context: DevelopingStoryTests.context).contains("Warnings"))
    }

    @Test func manyWarningsAreCounted() {
        let notices = Notices(
            undated: (0..<30).map { .init(name: "folder/article-\($0).txt", document: $0 % 2) },
            warnings: (0..<20).map { "folder/file-\($0).bin: skipped: binary data" })
        let context = BrowserContext(story: DevelopingStoryTests.story, notices: notices)
        let overview = screen("G", context: context, size: Size(width: 100, height: 60))
        #expect(overview.contains("folder/article-29.txt"))
        #expect(overview.contains("folder/file-7.bin") && !overview.contains("folder/file-8.bin"))
        #expect(overview.contains("and 12 more; storyscope draft prints them all."))
        // Every size draws, the smallest included.
        for (width, height) in [(1, 1), (40, 10), (80, 24), (300, 100)] {
            let grid = render(BrowserState.initial(size: Size(width: width, height: height), context: context), context)
            #expect(grid.size == Size(width: width, height: height))
        }
    }
}
