import Foundation
import Testing

@testable import StoryModel

/// Two times of format version 2: when a claim's words were said (`said`), and the time of an
/// event as one report gave it (a report's `when`). Each loads, is checked, survives an export,
/// and files without them load as they always did.
@Suite struct TimesOfClaimsAndReportsTests {
    typealias V2 = FormatVersion2Tests

    /// Leo's answer in document "b" (published Mon 9 Jun), said at the time `said` gives.
    static func leo(said: String?, version: Int = 2) -> String {
        let claims = """
            [{"id": "never", "speaker": "leo", "quote": "we were never ready", "paraphrase": "p", "reach": "said",
              "evidence": [{"document": "b", "excerpt": "Leo said \\"we were never ready\\""}]\(said.map { #", "said": \#($0)"# } ?? "")}]
            """
        return V2.story(version: version, entities: V2.people, claims: claims)
    }

    static func saidOn(_ resolved: String, text: String = "on Friday") -> String {
        #"{"text": "\#(text)", "evidence": {"document": "b", "excerpt": "on Friday"}, "resolved": \#(resolved)}"#
    }

    static let friday = #"{"precision": "day", "date": "2025-06-06", "inferred": true, "basis": "the Friday before"}"#

    @Test func aClaimSaysWhenItsWordsWereSaid() throws {
        let story = try load(Self.leo(said: Self.saidOn(Self.friday)))
        let said = try #require(story.claims[0].said)
        #expect(said.text == "on Friday")
        #expect(said.resolved == .day(Day(iso: "2025-06-06")!, inferred: true, basis: "the Friday before"))
        #expect(said.evidence.map(\.document) == ["b"])
        #expect(StoryIndex(story).evidence(of: .claim(0), in: story).contains(said.evidence[0]), "shown in the source")
        // Without a date worked out, the wording alone.
        let worded = try load(Self.leo(said: #"{"text": "earlier"}"#))
        #expect(worded.claims[0].said == When(text: "earlier"))
    }

    @Test func wordsCannotBeReportedBeforeTheyAreSaid() {
        let later = #"{"precision": "day", "date": "2025-06-13"}"#
        #expect(
            messages(Self.leo(said: Self.saidOn(later))).contains {
                $0.hasSuffix(
                    "$.claims[0].said.resolved: the words are dated 2025-06-13, after their document \"b\" came out on 2025-06-09: words cannot be reported before they are said"
                )
            })
        let span = #"{"precision": "range", "start": "2025-06-10", "end": "2025-06-12"}"#
        #expect(
            messages(Self.leo(said: Self.saidOn(span, text: "that week"))).contains {
                $0.contains(
                    "the words are dated 2025-06-10 to 2025-06-12, after their document \"b\" came out on 2025-06-09")
            })
        // The day of the document itself, and a week that holds it, are not after it.
        let sameDay = #"{"precision": "day", "date": "2025-06-09"}"#
        #expect(throws: Never.self) { try load(Self.leo(said: Self.saidOn(sameDay, text: "today"))) }
        let week = #"{"precision": "week", "start": "2025-06-09", "end": "2025-06-15"}"#
        #expect(throws: Never.self) { try load(Self.leo(said: Self.saidOn(week, text: "this week"))) }
    }

    @Test func aClaimsTimeIsCheckedAsAnEventsIs() {
        let thursday = #"{"precision": "day", "date": "2025-06-05"}"#
        #expect(
            messages(Self.leo(said: Self.saidOn(thursday))).contains {
                $0.hasSuffix("$.claims[0].said.resolved: \"on Friday\" names a Friday, but 2025-06-05 is a Thursday")
            })
        let found = messages(
            Self.leo(
                said:
                    #"{"text": "then", "evidence": {"excerpt": "on Sunday"}, "resolved": {"precision": "day"}, "at": 1}"#
            ))
        #expect(
            found.contains { $0.contains("$.claims[0].said: unknown field \"at\" in the time the words were said") })
        #expect(found.contains { $0.contains("$.claims[0].said.evidence.excerpt: excerpt \"on Sunday\" is not found") })
        #expect(found.contains { $0.contains("$.claims[0].said.resolved: missing required field \"date\"") })
        #expect(
            messages(Self.leo(said: #"{"evidence": {"excerpt": "on Friday"}}"#)).contains {
                $0.contains("$.claims[0].said: missing required field \"text\"")
            })
    }

    @Test func aVersion1FileHasNoSaid() {
        #expect(
            messages(Self.leo(said: Self.saidOn(Self.friday), version: 1)).contains {
                $0.hasSuffix("$.claims[0].said: \"said\" is a field of format version 2; this file says \"version\": 1")
            })
    }

    /// Answers are dated by when their words were said, where the claims say so.
    @Test func anAnswerSaidBeforeTheClaimItAnswersIsRefused() {
        let claims = """
            [{"id": "ready", "speaker": "mia", "quote": "we are ready", "paraphrase": "p", "reach": "said",
              "evidence": [{"excerpt": "Mia said \\"we are ready\\""}],
              "said": {"text": "on Monday", "resolved": {"precision": "day", "date": "2025-06-02"}}},
             {"id": "never", "speaker": "leo", "quote": "we were never ready", "paraphrase": "p", "reach": "said",
              "evidence": [{"excerpt": "Leo said \\"we were never ready\\""}],
              "respondsTo": {"claim": "ready", "evidence": [{"excerpt": "In reply"}]},
              "said": {"text": "last week", "resolved": {"precision": "week", "start": "2025-05-26", "end": "2025-06-01"}}}]
            """
        #expect(
            diagnostics(V2.story(entities: V2.people, claims: claims)).map { "\($0.path ?? ""): \($0.message)" } == [
                "$.claims[1].respondsTo: this answer is dated the week of 2025-05-26 (when said), before the claim it answers, \"ready\", dated 2025-06-02 (when said)"
            ])
    }

    // MARK: A report's time

    /// The launch: set for Friday 6 Jun by "a", moved to Friday 13 Jun by "b", which the event's
    /// `when` gives. `reportTimes` are the `when` of the reports of "a" and "b".
    static func launch(a: String?, b: String? = nil) -> String {
        func time(_ when: String?) -> String { when.map { #", "when": \#($0)"# } ?? "" }
        let event = """
            [{"id": "launch", "title": "Launch", "summary": "s",
              "when": {"text": "a week later", "resolved": {"precision": "day", "date": "2025-06-13"}},
              "evidence": [{"excerpt": "The launch is set for Friday."}],
              "reports": [{"document": "b", "status": "scheduled", "evidence": [{"excerpt": "was called off"}]\(time(b))},
                          {"document": "a", "status": "scheduled", "evidence": [{"excerpt": "is set for Friday"}]\(time(a))}]}]
            """
        return V2.story(events: event)
    }

    static let setForFriday = """
        {"text": "for Friday", "evidence": {"excerpt": "for Friday"}, "resolved": {"precision": "day", "date": "2025-06-06"}}
        """

    @Test func aReportGivesTheTimeAsItsDocumentGaveIt() throws {
        let story = try load(Self.launch(a: Self.setForFriday))
        let first = story.events[0].reports[0]
        #expect(first.document == "a")
        #expect(first.when?.resolved == .day(Day(iso: "2025-06-06")!, inferred: false))
        #expect(first.when?.evidence.map(\.document) == ["a"], "looked for in the report's document")
        #expect(story.events[0].reports[1].when == nil)
    }

    @Test func aReportsTimeIsInItsDocument() {
        let elsewhere = Self.setForFriday.replacingOccurrences(
            of: #"{"excerpt": "for Friday"}"#, with: #"{"document": "b", "excerpt": "on Friday"}"#)
        #expect(
            messages(Self.launch(a: elsewhere)).contains {
                $0.contains(
                    "$.events[0].reports[1].when.evidence.document: this evidence must come from document \"a\", not \"b\""
                )
            })
        let onlyInB = Self.setForFriday.replacingOccurrences(of: "\"for Friday\"}", with: "\"called off\"}")
        #expect(
            messages(Self.launch(a: onlyInB)).contains {
                $0.contains(
                    "$.events[0].reports[1].when.evidence.excerpt: excerpt \"called off\" is not found verbatim in document \"a\""
                )
            })
    }

    @Test func theLatestReportsTimeIsTheEvents() throws {
        let disagrees =
            #"{"text": "on Friday", "evidence": {"excerpt": "on Friday"}, "resolved": {"precision": "day", "date": "2025-06-06"}}"#
        #expect(
            messages(Self.launch(a: nil, b: disagrees)).contains {
                $0.hasSuffix(
                    "$.events[0].reports[0].when: this latest report's time, 2025-06-06, differs from the event's \"when\", 2025-06-13: the event's time is the latest report's; leave this \"when\" out, or make them agree"
                )
            })
        let agrees = disagrees.replacingOccurrences(of: "2025-06-06", with: "2025-06-13")
        #expect(try load(Self.launch(a: Self.setForFriday, b: agrees)).events[0].reports[0].when != nil)
    }

    // MARK: Export, and files without the times

    @Test func bothTimesSurviveAnExport() throws {
        let claims = """
            [{"id": "never", "speaker": "leo", "quote": "we were never ready", "paraphrase": "p", "reach": "said",
              "evidence": [{"excerpt": "Leo said \\"we were never ready\\""}], "said": \(Self.saidOn(Self.friday))}]
            """
        let json = Self.launch(a: Self.setForFriday).replacingOccurrences(
            of: #""claims": []"#, with: #""claims": \#(claims)"#
        ).replacingOccurrences(of: #""entities": []"#, with: #""entities": \#(V2.people)"#)
        let story = try load(json)
        #expect(story.claims[0].said != nil && story.events[0].reports[0].when != nil)
        let exported = JSONExport.render(story)
        #expect(try load(exported) == story)
        #expect(JSONExport.render(try load(exported)) == exported)
    }

    /// A version 1 file loads as before: the embedded story has neither time, and its export
    /// writes neither.
    @Test func aVersion1FileLoadsAsBefore() throws {
        let embedded = try StoryLoader().loadEmbedded()
        #expect(embedded.claims.allSatisfy { $0.said == nil })
        #expect(embedded.events.allSatisfy { $0.reports.allSatisfy { $0.when == nil } })
        #expect(!JSONExport.render(embedded).contains("\"said\": {"))
    }
}
