import Foundation
import StoryDrafting
import Testing

@testable import BrowserCore
@testable import StoryModel

/// A story drafted from the shipped article, as `storyscope ARTICLE.txt` shows it: every
/// drafted item says so, in goldens of each view at 80x24.
@Suite struct DraftedStoryTests {
    static let context: BrowserContext = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Assets/minerals-deal-article.txt")
        let text = try! String(contentsOf: url, encoding: .utf8)
        let draft = try! Drafter.draft([
            Drafter.Article(name: "minerals-deal-article.txt", text: text, published: Day(iso: "2025-02-26"))
        ])
        return BrowserContext(story: try! Drafter.story(draft))
    }()

    @Test(arguments: [
        ("overview", ""), ("entities", "2 Tab"), ("timeline", "3 j"), ("narratives", "4"), ("source", "5"),
    ])
    func everyViewOfADraft(name: String, script: String) {
        let state = drive(keys(script), context: Self.context).state
        assertGolden("drafted-\(name)-80x24", render(state, Self.context))
    }

    @Test func draftedItemsSaySo() {
        let overview = screenText(drive([], context: Self.context).state, context: Self.context)
        #expect(overview.contains("A draft made by storyscope: 35 items not yet reviewed."))
        let entity = screenText(drive(keys("2 Tab"), context: Self.context).state, context: Self.context)
        #expect(entity.contains("Drafted by storyscope, not yet reviewed: check it against the source."))
        let narratives = screenText(drive(keys("4"), context: Self.context).state, context: Self.context)
        #expect(narratives.contains("Donald Trump · said · drafted"))
    }

    /// The shipped article and a sequel written for the tests (4 March 2025), drafted together
    /// as `storyscope first.txt second.txt` drafts them.
    static let pair: BrowserContext = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let first = try! String(
            contentsOf: root.appendingPathComponent("Assets/minerals-deal-article.txt"), encoding: .utf8)
        let second = try! String(
            contentsOf: root.appendingPathComponent("Tests/Fixtures/sets/minerals-deal-oval-office/2.txt"),
            encoding: .utf8)
        let draft = try! Drafter.draft([
            Drafter.Article(name: "first.txt", text: first, published: Day(iso: "2025-02-26")),
            Drafter.Article(name: "second.txt", text: second),
        ])
        return BrowserContext(story: Drafter.story(draft))
    }()

    @Test func twoArticlesShowTheSigningScheduledThenCancelledUnderOutcomes() {
        let state = drive(keys("3 o"), context: Self.pair).state
        let screen = screenText(state, context: Self.pair)
        #expect(screen.contains("cancelled 4 Mar"))
        #expect(screen.contains("◷→✗ Signing of the preliminary deal"))
        assertGolden("drafted-pair-outcomes-80x24", render(state, Self.pair))
        let overview = screenText(drive([], context: Self.pair).state, context: Self.pair)
        #expect(overview.contains("scheduled (26 Feb) → cancelled (4 Mar)"))
    }

    @Test func reportsAndLinksTheDraftJoinedSaySo() {
        let signing = screenText(drive(keys("3 o G"), context: Self.pair).state, context: Self.pair)
        #expect(signing.contains("As reported (drafted: check each):"))
        #expect(signing.contains("the signing was called off"))
    }

    @Test func aReviewedStoryShowsNoMark() {
        let overview = screenText(drive([]).state)
        #expect(!overview.contains("A draft made by storyscope"))
        #expect(sharedContext.story.draftedCount == 0)
    }
}
