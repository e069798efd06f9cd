import Testing

@testable import StoryModel

/// An event whose time moved between reports: a final set for 3 June (report of 26 May),
/// postponed to 12 June (1 June), played that day (12 June). What the browser and the briefing
/// say of it is worked out here.
@Suite struct MovedEventTests {
    static let json = """
        {"format": "storyscope-story", "version": 2, "id": "final", "title": "T", "summary": "S",
         "documents": [
          {"id": "first", "title": "F", "published": {"date": "2025-05-26"}, "text": "The final is set for 3 June."},
          {"id": "second", "title": "S", "published": {"date": "2025-06-01"}, "text": "The final was postponed to 12 June."},
          {"id": "third", "title": "T", "published": {"date": "2025-06-12"}, "text": "The final was played today."}],
         "events": [
          {"id": "final", "title": "The final", "summary": "s",
           "when": {"text": "12 June", "evidence": {"excerpt": "12 June"}, "resolved": {"precision": "day", "date": "2025-06-12"}},
           "evidence": [{"excerpt": "The final is set for 3 June."}],
           "reports": [
            {"document": "first", "status": "scheduled", "evidence": [{"excerpt": "is set for 3 June"}],
             "when": {"text": "3 June", "evidence": {"excerpt": "3 June"}, "resolved": {"precision": "day", "date": "2025-06-03"}}},
            {"document": "second", "status": "scheduled", "evidence": [{"excerpt": "was postponed to 12 June"}]},
            {"document": "third", "status": "happened", "evidence": [{"excerpt": "was played today"}]}]}]}
        """

    static let story = try! load(json)

    static func history(_ story: Story) -> String? {
        StoryDevelopment(story: story).statusHistoryText(
            0, arrow: "→", document: { story.documents[$0].published!.day.short },
            time: { $0.label(day: \.short, inferredMark: "~") })
    }

    @Test func theHistorySaysEachTimeWhereItIsFirstGivenOrMoved() throws {
        #expect(
            Self.history(Self.story)
                == "scheduled for 3 Jun (26 May) → scheduled for 12 Jun (1 Jun) → happened (12 Jun)")
        let steps = try #require(StoryDevelopment(story: Self.story).statusHistory(0))
        #expect(
            steps.map { StoryDevelopment.timeWording($0) { $0.label(day: \.short, inferredMark: "~") } } == [
                "for 3 Jun", "moved from 3 Jun to 12 Jun", nil,
            ])
        #expect(steps.map(\.time.resolved?.start?.iso) == ["2025-06-03", "2025-06-12", "2025-06-12"])
    }

    @Test func whatCameOfItIsWhatHappenedAndTheMoveIsAChange() {
        let development = StoryDevelopment(story: Self.story)
        #expect(development.outcome(of: 0) == EventOutcome(kind: .happened, document: 2))
        #expect(development.timeMoved(0))
        #expect(development.changesSinceFirst()?.changed == [0])
    }

    /// Before the third report: still expected, for another day than first reported.
    @Test func anExpectationThatMovedSaysSoAsItsOutcome() {
        var story = Self.story
        story.events[0].reports.removeLast()
        story.events[0].status = .scheduled
        let development = StoryDevelopment(story: story)
        #expect(development.outcome(of: 0) == EventOutcome(kind: .moved, document: 1))
        #expect(development.outcome(of: 0).label { story.documents[$0].published!.day.short } == "moved 1 Jun")
        #expect(
            development.changeText(
                0, arrow: "→", document: { story.documents[$0].published!.day.short },
                time: { $0.label(day: \.short, inferredMark: "~") })
                == "scheduled for 3 Jun (26 May) → scheduled for 12 Jun (1 Jun)")
    }

    @Test func whatHappenedOnAnotherDayThanExpectedSaysOnWhichDay() {
        var story = Self.story
        story.events[0].reports[2].when = When(
            text: "on Friday", resolved: .day(Day(iso: "2025-06-13")!, inferred: true))
        #expect(
            Self.history(story)
                == "scheduled for 3 Jun (26 May) → scheduled for 12 Jun (1 Jun) → happened on 13 Jun~ (12 Jun)")
        story.events[0].reports[2].when?.resolved = ResolvedTime(
            precision: .week, start: Day(iso: "2025-06-09"), end: Day(iso: "2025-06-15"), inferred: false)
        #expect(Self.history(story)?.hasSuffix("→ happened week of 9 Jun (12 Jun)") == true)
    }

    /// A report between them that gives no date neither moves the event nor hides the move.
    @Test func aMoveIsFromTheLastDateGiven() {
        var story = Self.story
        story.events[0].reports[1].when = When(text: "later")
        #expect(
            Self.history(story) == "scheduled for 3 Jun (26 May) → scheduled (1 Jun) → happened on 12 Jun (12 Jun)")
    }

    /// A report's time that names the same days as the event's, or no days, is no move.
    @Test func noMoveNoTimes() {
        var story = Self.story
        story.events[0].reports[0].when = When(text: "12 June", resolved: .day(Day(iso: "2025-06-12")!, inferred: true))
        #expect(Self.history(story) == "scheduled (26 May) → scheduled (1 Jun) → happened (12 Jun)")
        story.events[0].reports[0].when = When(text: "soon")
        #expect(Self.history(story) == "scheduled (26 May) → scheduled (1 Jun) → happened (12 Jun)")
        #expect(!StoryDevelopment(story: story).timeMoved(0))
        #expect(StoryDevelopment(story: story).changesSinceFirst()?.changed == [0], "the status changed")
    }

    /// A claim is dated by when its words were said where it says so, in a story of one
    /// document too; by its document's day otherwise, only in a story of several.
    @Test func aClaimIsDatedByWhenItsWordsWereSaid() {
        let said = When(text: "on Friday", resolved: .day(Day(iso: "2025-05-23")!, inferred: true, basis: "b"))
        var one = Story(id: "s", title: "T", summary: "S", documents: [Self.story.documents[0]])
        one.claims = [
            Claim(id: "a", speaker: "first", paraphrase: "p", reach: .said, evidence: Self.story.events[0].evidence),
            Claim(id: "b", speaker: "first", paraphrase: "p", reach: .said, evidence: [], said: said),
        ]
        let development = StoryDevelopment(story: one)
        #expect(development.datesClaims)
        #expect(development.claimTime(0) == nil, "one document: its day dates nothing")
        #expect(development.claimTime(1) == said.resolved)
        #expect(development.inOrderOfTime([0, 1]) == [1, 0], "the dated first")
        one.claims[1].said = nil
        #expect(!StoryDevelopment(story: one).datesClaims)
    }
}
