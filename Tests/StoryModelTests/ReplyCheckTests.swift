import Foundation
import Testing

@testable import StoryModel

/// Claims that answer claims: answers may not go round in a cycle, nor be dated before what
/// they answer.
@Suite struct ReplyCheckTests {
    /// A claim of Mia's in the first document; `answers` is the claim it responds to.
    static func claim(_ id: String, answers: String? = nil, event: String? = nil) -> String {
        let response = answers.map { #", "respondsTo": {"claim": "\#($0)", "evidence": [{"excerpt": "In reply"}]}"# }
        let said = event.map { #", "event": "\#($0)""# }
        return """
            {"id": "\(id)", "speaker": "mia", "paraphrase": "p", "reach": "said",
             "evidence": [{"excerpt": "Mia said"}]\(said ?? "")\(response ?? "")}
            """
    }

    static func story(_ claims: [String], events: String = "[]") -> String {
        FormatVersion2Tests.story(
            entities: FormatVersion2Tests.people, events: events, claims: "[\(claims.joined(separator: ",\n"))]")
    }

    /// The diagnostics' paths and messages, without file, line and column.
    static func problems(_ json: String) -> [String] {
        diagnostics(json).map { "\($0.path ?? ""): \($0.message)" }
    }

    @Test func twoClaimsThatAnswerEachOtherAreACycle() {
        #expect(
            Self.problems(Self.story([Self.claim("ready", answers: "never"), Self.claim("never", answers: "ready")]))
                == [
                    "$.claims[0].respondsTo: ready → never → ready is a cycle: a claim cannot answer itself through others"
                ])
    }

    @Test func aLongerCycleIsGivenOnceFromItsFirstClaimInTheFile() {
        let claims = [
            Self.claim("x", answers: "y"), Self.claim("answer-to-x", answers: "x"), Self.claim("z", answers: "x"),
            Self.claim("y", answers: "z"),
        ]
        #expect(
            Self.problems(Self.story(claims)) == [
                "$.claims[0].respondsTo: x → y → z → x is a cycle: a claim cannot answer itself through others"
            ])
        let ring = (0..<10).map { Self.claim("c\($0)", answers: "c\(($0 + 1) % 10)") }
        #expect(
            Self.problems(Self.story(ring)) == [
                "$.claims[0].respondsTo: c0 → c1 → c2 → c3 → … 4 more … → c8 → c9 → c0 is a cycle: a claim cannot answer itself through others"
            ])
    }

    @Test func aChainOfAnswersWithoutACycleLoads() throws {
        let story = try load(
            Self.story([
                Self.claim("first"), Self.claim("second", answers: "first"), Self.claim("third", answers: "second"),
            ]))
        #expect(story.claims.map { $0.respondsTo?.claim } == [nil, "first", "second"])
    }

    static func event(_ id: String, _ resolved: String? = nil) -> String {
        """
        {"id": "\(id)", "title": "t", "summary": "s", "status": "happened",
         "when": {"text": "that day"\(resolved.map { #", "resolved": \#($0)"# } ?? "")},
         "evidence": [{"excerpt": "Washington agreed"}]}
        """
    }

    static let events = """
        [\(event("late", #"{"precision": "day", "date": "2025-06-09"}"#)),
         \(event("early", #"{"precision": "day", "date": "2025-06-02"}"#)),
         \(event("by-fifth", #"{"precision": "before", "date": "2025-06-05"}"#)),
         \(event("since-first", #"{"precision": "after", "date": "2025-06-01"}"#)),
         \(event("that-week", #"{"precision": "week", "start": "2025-06-09", "end": "2025-06-15"}"#)),
         \(event("undated"))]
        """

    @Test func anAnswerDatedBeforeTheClaimItAnswersIsAnError() {
        let claims = [
            Self.claim("ready", event: "late"), Self.claim("never", answers: "ready", event: "early"),
            Self.claim("soon", answers: "ready", event: "by-fifth"),
        ]
        #expect(
            Self.problems(Self.story(claims, events: Self.events)) == [
                "$.claims[1].respondsTo: this answer is dated 2025-06-02 (event \"early\"), before the claim it answers, \"ready\", dated 2025-06-09 (event \"late\")",
                "$.claims[2].respondsTo: this answer is dated on or before 2025-06-05 (event \"by-fifth\"), before the claim it answers, \"ready\", dated 2025-06-09 (event \"late\")",
            ])
    }

    /// Only dates that are known and cannot overlap are compared.
    @Test func anAnswerThatMayComeAfterTheClaimLoads() throws {
        let claims = [
            Self.claim("ready", event: "late"), Self.claim("same-day", answers: "ready", event: "late"),
            Self.claim("same-week", answers: "ready", event: "that-week"),
            Self.claim("open-ended", answers: "ready", event: "since-first"),
            Self.claim("of-no-date", answers: "ready", event: "undated"), Self.claim("no-event", answers: "ready"),
            Self.claim("earlier", event: "early"), Self.claim("later", answers: "earlier", event: "late"),
        ]
        #expect(try load(Self.story(claims, events: Self.events)).claims.count == 8)
    }
}
