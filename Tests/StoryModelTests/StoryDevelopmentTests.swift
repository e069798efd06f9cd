import Testing

@testable import StoryModel

/// When an expectation has gone quiet: still expected for a day before the latest document,
/// which says nothing of it. The browser and the briefing both read this.
@Suite struct StoryDevelopmentTests {
    func event(_ story: Story, _ id: String) -> Int { story.events.firstIndex { $0.id == id }! }

    @Test func anExpectationWithNoReportSinceItsDayIsOverdue() {
        let story = storyWithoutTheSecondWordOnTheSigning()
        let development = StoryDevelopment(story: story)
        let signing = event(story, "signing")
        #expect(development.outcome(of: signing) == EventOutcome(kind: .noReportSince, document: 0))
        #expect(
            development.outcome(of: signing).label { story.documents[$0].published!.day.short }
                == "no report since 3 Jun")
        #expect(development.changesSinceFirst()?.overdue == [signing])
        #expect(
            development.changeText(
                signing, arrow: "→", document: { story.documents[$0].published!.day.short },
                time: { $0.label(day: \.short, inferredMark: "~") }) == "scheduled, no report since 3 Jun")
    }

    @Test func notOverdueWhenTheLatestDocumentSpeaksOfItOrItsDayHasNotPassed() throws {
        let story = developingStory
        let development = StoryDevelopment(story: story)
        // Cancelled by the second report; reported by the latest; still to come.
        #expect(development.outcome(of: event(story, "signing")).kind == .cancelled)
        #expect(development.outcome(of: event(story, "talks-resume")) == EventOutcome(kind: .open, document: 1))
        #expect(development.outcome(of: event(story, "hearing")) == EventOutcome(kind: .moved, document: 1))
        #expect(development.changesSinceFirst()?.overdue == [])

        // A day that is the latest document's own day has not passed.
        var sameDay = storyWithoutTheSecondWordOnTheSigning()
        let signing = event(sameDay, "signing")
        sameDay.events[signing].when.resolved = .day(Day(iso: "2025-06-10")!, inferred: true, basis: "b")
        #expect(StoryDevelopment(story: sameDay).outcome(of: signing).kind == .open)

        // One document: nothing is later than it.
        let embedded = try StoryLoader().loadEmbedded()
        let one = StoryDevelopment(story: embedded)
        #expect(embedded.events.indices.allSatisfy { !one.isOverdue($0) })
        #expect(one.changesSinceFirst() == nil)
    }

    @Test func anEventWithoutReportsCountsTheDocumentsThatSpeakOfIt() {
        var story = developingStory
        let presentation = event(story, "presentation")
        story.events[presentation].status = .expected
        let outcome = StoryDevelopment(story: story).outcome(of: presentation)
        #expect(outcome == EventOutcome(kind: .noReportSince, document: 0), "only the first report speaks of it")
    }

    @Test func repliesAndLinksReadFromEitherEnd() {
        let story = developingStory
        let development = StoryDevelopment(story: story)
        let claim = { (id: String) in story.claims.firstIndex { $0.id == id }! }
        #expect(
            development.replies(claim("alder-no-promise")) == [.init(kind: .inReplyTo, claim: claim("brenn-goalposts"))]
        )
        #expect(
            development.replies(claim("brenn-goalposts")) == [
                .init(kind: .answeredBy, claim: claim("alder-no-promise"))
            ]
        )
        #expect(development.linkedEvents(event(story, "signing")).map(\.phrase) == ["is followed by"])
        #expect(development.linkedEvents(event(story, "talks-resume")).map(\.event) == [event(story, "signing")])
        #expect(development.claimTime(claim("brenn-first-step")) == .day(Day(iso: "2025-06-03")!, inferred: false))
    }
}
