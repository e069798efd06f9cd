import Foundation
import Testing

@testable import BrowserCore
@testable import StoryModel

/// A story told across two articles (the fixture written for the tests): what the first
/// expected and what the second says came of it, in every view, at 80x24.
@Suite struct DevelopingStoryTests {
    static let story: Story = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/harbour-depot/harbour-depot.story.json").path
        return try! StoryLoader().load(path: path)
    }()
    static let context = BrowserContext(story: story)
    var context: BrowserContext { Self.context }

    func screen(_ state: BrowserState) -> String { render(state, context).textLines.joined(separator: "\n") }
    func event(_ id: String) -> Int { context.index.eventByID[id]! }

    /// Every view of the story, as text: the goldens are the record of what a reader sees.
    @Test(arguments: [
        ("overview", ""), ("overview-end", "G"), ("entities", "2 j j j Tab"), ("timeline-signing", "3 j"),
        ("timeline-outcomes", "3 o"), ("timeline-outcomes-hearing", "3 o j j"), ("timeline-talks", "3 j j j"),
        ("narratives-settled", "4"),
        ("narratives-replies", "4 j"), ("narratives-matrix", "4 m"), ("source-first", "5"),
        ("source-second", "5 d j Enter"), ("source-signing", "3 j s"),
    ])
    func everyView(name: String, script: String) {
        let state = drive(keys(script), context: context).state
        assertGolden("developing-\(name)-80x24", render(state, context))
    }

    /// The views whose wording depends on the story having several articles, at 120x40 too.
    @Test(arguments: [("overview", ""), ("entities-brenn", "2 j Tab"), ("source-brenn", "2 j s")])
    func viewsAt120x40(name: String, script: String) {
        let state = drive(keys(script), size: Size(width: 120, height: 40), context: context).state
        assertGolden("developing-\(name)-120x40", render(state, context))
    }

    @Test func theOverviewLeadsWithWhatChangedSinceTheFirstReport() throws {
        let lines = render(drive([], context: context).state, context).textLines
        let since = try #require(lines.firstIndex { $0.hasPrefix("Since the first report") })
        let who = try #require(lines.firstIndex { $0.hasPrefix("Who ") })
        #expect(since < who, "the changes come before the cast")
        #expect(lines.contains { $0.contains("New: The council stops paying") }, "on the first screen")
        #expect(lines[since - 1].trimmingCharacters(in: .whitespaces).isEmpty)
    }

    @Test func anEntitySaysEachClaimWithItsDateInTheOrderSaid() {
        let text = screen(drive(keys("2 j Tab"), size: Size(width: 120, height: 40), context: context).state)
        #expect(text.contains("Says (2)"))
        #expect(text.contains("  3 Jun   \u{201C}a first step, not a finished deal\u{201D}"))
        // Said on the Saturday before the second report: that day, worked out, wins over the report's.
        #expect(text.contains("  7 Jun~  \u{201C}moved the goalposts at the last minute\u{201D}"))
        #expect(text.contains("  3 Jun   \u{201C}Carrow and Northline set to sign"), "what is said about it too")
        // A story of one article gives no dates.
        let one = screenText(drive(keys("2 Tab")).state)
        #expect(!one.contains("Jun   \u{201C}"))
    }

    @Test func theCountsOfPlacesSayWhatTheyCount() {
        let northline = screen(drive(keys("2 j j j Tab"), context: context).state)
        #expect(northline.contains("Named 6 times in 2 articles: show in source"))
        let carrow = screen(drive(keys("2 j j j j Tab"), context: context).state)
        #expect(carrow.contains("Named 2 times in 1 of 2 articles"))
        let source = screen(drive(keys("2 j s"), size: Size(width: 120, height: 40), context: context).state)
        #expect(source.contains("(2 in this article, 3 in 2 articles)"))
        let all = screen(drive(keys("5"), context: context).state)
        #expect(all.contains("Highlighted: the evidence of every claim and event (11 in this article)."))
        // A story of one article counts "in the source", as before.
        #expect(screenText(drive(keys("2 Tab")).state).contains("times in the source: show in source"))
        #expect(screenText(drive(keys("5")).state).contains("every claim and event ("))
        #expect(!screenText(drive(keys("5")).state).contains("in this article"))
    }

    @Test func theTimelineSaysTheExpectedSigningWasCancelledAccordingToTheSecondReport() {
        let state = drive(keys("3 j"), context: context).state
        let text = screen(state)
        #expect(text.contains("◷→✗ Council and Northline sign the depot deal"))
        #expect(text.contains("◷ scheduled 3 Jun   \u{201C}are set to sign an agreement on Friday\u{201D}"))
        #expect(text.contains("✗ cancelled 10 Jun  \u{201C}was called off on Friday\u{201D}"))
        #expect(context.statusHistory(event("signing")) == "scheduled (3 Jun) → cancelled (10 Jun)")
    }

    @Test func oShowsWhatWasExpectedAndWhatCameOfIt() {
        let all = drive(keys("3 j"), context: context).state
        let outcomes = drive(keys("o"), from: all, context: context).state
        #expect(outcomes.timeline.outcomes)
        let rows = ScreenModel(outcomes, context).rows
        #expect(rows == ["signing", "talks-resume", "hearing"].map { .item(.event(event($0))) })
        #expect(ScreenModel(outcomes, context).selectedItem == .event(event("signing")), "the selection stays")
        let text = screen(outcomes)
        #expect(text.contains("cancelled 10 Jun"))
        #expect(text.contains("moved 10 Jun      ○→◷ A public hearing on the depot"))
        #expect(text.contains("Timeline 1/3 · expected → outcome"))
        #expect(text.contains("o all events"))
        #expect(context.outcome(of: event("signing")) == .init(kind: .cancelled, document: 1))
        #expect(context.outcome(of: event("hearing")) == .init(kind: .moved, document: 1))
        #expect(context.outcome(of: event("talks-resume")).kind == .open)

        let back = drive(keys("o"), from: outcomes, context: context).state
        #expect(!back.timeline.outcomes)
        #expect(ScreenModel(back, context).rows.count == 5)
        #expect(ScreenModel(back, context).selectedItem == .event(event("signing")))
    }

    @Test func openingAnEventTheExpectationsViewDoesNotListShowsAllEvents() {
        var state = drive(keys("3 o"), context: context).state
        state.open(.event(event("presentation")), context)
        #expect(!state.timeline.outcomes)
        #expect(ScreenModel(state, context).selectedItem == .event(event("presentation")))
    }

    @Test func backRestoresTheExpectationsView() {
        let outcomes = drive(keys("3 o j Tab"), context: context).state
        let model = ScreenModel(outcomes, context)
        let link = model.page.links.firstIndex { $0.target == .item(.event(event("signing"))) }
        #expect(link != nil, "talks that follow the signing link to it")
        var state = outcomes
        state.place.page.link = link
        state = drive(keys("Enter"), from: state, context: context).state
        #expect(ScreenModel(state, context).selectedItem == .event(event("signing")))
        state = drive([.backspace], from: state, context: context).state
        #expect(state.timeline.outcomes)
        #expect(ScreenModel(state, context).selectedItem == .event(event("talks-resume")))
    }

    @Test func aReportLinkShowsItsOwnWordsInItsOwnDocument() {
        let state = drive(keys("3 j Tab"), context: context).state
        let model = ScreenModel(state, context)
        let cancelled = context.story.events[event("signing")].reports[1].evidence[0]
        let link = model.page.links.firstIndex { $0.target == .passage(document: 1, range: cancelled.range) }
        #expect(link != nil)
        var shown = state
        shown.place.page.link = link
        shown = drive(keys("Enter"), from: shown, context: context).state
        #expect(shown.screen == .source && shown.source.document == 1)
        #expect(screen(shown).contains("The signing of the harbour depot agreement"))
    }

    @Test func theOverviewSaysWhatChangedSinceTheFirstReport() {
        let text = screen(drive([], context: context).state)
        #expect(text.contains("Since the first report  3 Jun → 10 Jun"))
        let changes = context.changesSinceFirst()
        #expect(changes?.changed == [event("signing"), event("hearing")], "a status that changed, a time that moved")
        #expect(changes?.new == [event("survey-stopped"), event("talks-resume")])
    }

    /// The story as if the second report had said nothing of the signing, set for 6 Jun, and
    /// nothing had happened since the mayor put the deal to the council.
    static let quietSigning: BrowserContext = {
        var story = DevelopingStoryTests.story
        let signing = story.events.firstIndex { $0.id == "signing" }!
        story.events[signing].reports.removeLast()
        story.events[signing].status = .scheduled
        story.events.removeAll { $0.id == "survey-stopped" }
        return BrowserContext(story: story)
    }()

    @Test func anExpectationWhoseDayPassedWithNoReportSinceSaysSo() {
        let context = Self.quietSigning
        let signing = context.index.eventByID["signing"]!
        #expect(context.outcome(of: signing) == .init(kind: .noReportSince, document: 0))
        #expect(context.outcomeLabel(signing) == "no report since 3 Jun")

        let outcomes = screenText(drive(keys("3 o"), context: context).state, context: context)
        #expect(outcomes.contains("◷ Fri 6 Jun~     no report since 3 Jun Council and Northline sign the depot"))
        #expect(!outcomes.contains("still open 3 Jun"))
        #expect(
            outcomes.contains("still open 10 Jun     Talks on the deal resume"), "the column is as wide as its widest")

        let detail = screenText(drive(keys("3 j"), context: context).state, context: context)
        #expect(detail.contains("  ◷ scheduled 3 Jun   \u{201C}are set to sign an agreement on Friday\u{201D}"))
        #expect(detail.contains("Outcome: no report since 3 Jun"))

        let overview = screenText(drive(keys("G"), context: context).state, context: context)
        #expect(overview.contains("Council and Northline sign the depot deal: scheduled, no report since 3 Jun"))
        #expect(!overview.contains("Next   ◷"), "a day that passed is not what comes next")
        #expect(overview.contains("Next   ○ 10 Jun–30 Jun~  Talks on the deal resume"))

        // The briefing says the same, in its own dates.
        let briefing = MarkdownExport.render(context.story)
        #expect(
            briefing.contains("- **Council and Northline sign the depot deal**: scheduled, no report since 3 Jun 2025.")
        )
        #expect(briefing.contains("*Outcome:* no report since 3 Jun 2025."))
    }

    /// The hearing, expected "next month" by the first report, was put back to 4 August by the
    /// second: each report's time, and the move, wherever its history is shown.
    @Test func aReportThatMovedTheEventsTimeSaysFromWhatToWhat() {
        let hearing = event("hearing")
        #expect(context.statusHistory(hearing) == "expected for 1 Jul–31 Jul~ (3 Jun) → scheduled for 4 Aug (10 Jun)")
        #expect(context.changeText(hearing) == context.statusHistory(hearing))
        let overview = screen(drive([], context: context).state)
        #expect(overview.contains("  A public hearing on the depot: expected for 1 Jul–31 Jul~ (3 Jun) →"))
        let detail = screen(drive(keys("3 o j j"), context: context).state)
        #expect(detail.contains("  ○ expected  3 Jun   for 1 Jul–31 Jul~  \u{201C}the hearing is expected next month"))
        #expect(
            detail.contains("  ◷ scheduled 10 Jun  moved from 1 Jul–31 Jul~ to 4 Aug  \u{201C}has been put back to"))
        // The signing never moved: its history names no time.
        #expect(context.statusHistory(event("signing")) == "scheduled (3 Jun) → cancelled (10 Jun)")
        // In ASCII, with ASCII's dash and arrow.
        let ascii = BrowserContext(story: Self.story, ascii: true)
        #expect(ascii.statusHistory(hearing) == "expected for 1 Jul-31 Jul~ (3 Jun) -> scheduled for 4 Aug (10 Jun)")
    }

    /// Words said on a day the text gives are dated by it, in Narratives as on the entity's page,
    /// and ordered by it; the claim that answers them keeps its report's day.
    @Test func aClaimSaidOnADayTheTextGivesIsDatedByIt() {
        let goalposts = context.index.claimByID["brenn-goalposts"]!
        let reply = context.index.claimByID["alder-no-promise"]!
        #expect(context.claimDate(goalposts) == "7 Jun~")
        #expect(context.claimDate(reply) == "10 Jun")
        let text = screen(drive(keys("4 j"), context: context).state)
        #expect(text.contains("Tomas Brenn · said · 7 Jun~"))
        #expect(text.contains("minute” · 7 Jun~"))
        #expect(context.inOrderOfTime([reply, goalposts]) == [goalposts, reply])
    }

    @Test func theBriefingSaysWhatTheOverviewSaysOfTheChanges() {
        let signing = event("signing")
        #expect(context.changeText(signing) == "scheduled (3 Jun) → cancelled (10 Jun)")
        let inBriefing = context.development.changeText(
            signing, arrow: "→", document: { context.story.documents[$0].published!.day.medium },
            time: { $0.label(day: \.medium, inferredMark: " (inferred)") })
        #expect(inBriefing == "scheduled (3 Jun 2025) → cancelled (10 Jun 2025)")
        #expect(
            MarkdownExport.render(context.story).contains(
                "- **Council and Northline sign the depot deal**: \(inBriefing).\n"))
    }

    @Test func aDocumentThatSpeaksIsNamedByItsTitleAndLeadsToIt() {
        let claim = context.index.claimByID["courier-careful"]!
        #expect(context.speakerName(context.story.claims[claim].speaker).hasPrefix("\u{201C}Carrow and Northline"))
        let pieces = NarrativesScreen.speakerPieces(claim, context: context)
        guard case .link(_, _, let target, _, _)? = pieces.first else {
            Issue.record("the document's voice is not a link")
            return
        }
        #expect(target == .document(0))
    }

    @Test func aStoryOfOneDocumentHasNoHistoryAndNoChanges() {
        #expect(sharedContext.changesSinceFirst() == nil)
        #expect(sharedContext.story.events.indices.allSatisfy { sharedContext.statusHistory($0) == nil })
        #expect(!screenText(drive(keys("G")).state).contains("Since the first report"))
    }
}
