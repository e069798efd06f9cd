import Foundation
import Testing

@testable import StoryModel

/// The Markdown briefing of a story told across two articles (the fixture written for the
/// tests) carries what the browser shows of how it developed: what changed since the first
/// report, how events link, each claim's day and the replies, and an expectation whose day
/// passed with no report since. A story of one article exports as it always did.
@Suite struct DevelopingExportTests {
    static let briefing = MarkdownExport.render(developingStory)

    /// The briefing's lines, and the one that starts with `prefix`.
    static func line(_ briefing: String = briefing, startingWith prefix: String) -> String? {
        briefing.split(separator: "\n").first { $0.hasPrefix(prefix) }.map(String.init)
    }

    /// Whether a footnote cites these words.
    static func footnote(_ number: Substring, cites excerpt: String) -> Bool {
        line(startingWith: "[^\(number)]: ")?.hasSuffix(": \u{201C}\(excerpt)\u{201D}") == true
    }

    @Test func sinceTheFirstReportComesBeforeTheCast() throws {
        let briefing = Self.briefing
        let since = try #require(briefing.range(of: "\n## Since the first report\n"))
        let cast = try #require(briefing.range(of: "\n## Who is involved\n"))
        let sources = try #require(briefing.range(of: "**Source:** \u{201C}Harbour depot signing"))
        #expect(sources.upperBound < since.lowerBound && since.upperBound < cast.lowerBound)
        #expect(
            briefing.contains(
                "From \u{201C}Carrow and Northline set to sign harbour depot deal on Friday\u{201D} (3 Jun 2025) to \u{201C}Harbour depot signing called off after row over access road\u{201D} (10 Jun 2025):\n"
            ))
        #expect(
            briefing.contains(
                "\n- **Council and Northline sign the depot deal**: scheduled (3 Jun 2025) → cancelled (10 Jun 2025).\n"
            ))
        #expect(
            briefing.contains(
                "\n- *New in later reports:* The council stops paying for the harbour survey [happened]; Talks on the deal resume [expected].\n"
            ))
    }

    @Test func eachEventNamesTheEventsItIsLinkedToFromEitherEnd() throws {
        let signing = try #require(Self.line(startingWith: "- **Fri 6 Jun 2025"))
        let talks = try #require(Self.line(startingWith: "- **10 Jun 2025 – 30 Jun 2025"))
        let followed = try #require(signing.firstMatch(of: /\*Is followed by:\* Talks on the deal resume\[\^(\d+)\]\./))
        let follows = try #require(
            talks.firstMatch(of: /\*Follows:\* Council and Northline sign the depot deal\[\^(\d+)\]\./))
        #expect(followed.1 == follows.1, "one citation of the link's words")
        #expect(Self.footnote(follows.1, cites: "talks would resume"))
    }

    @Test func eachReportsWordingOfTheTimeIsGiven() throws {
        let signing = try #require(Self.line(startingWith: "- **Fri 6 Jun 2025"))
        #expect(signing.contains("*The sources say:* “on Friday” (3 Jun 2025); “on Friday” (10 Jun 2025)."))
    }

    /// The hearing the first report expected next month, put back to 4 August by the second: the
    /// time each report gave, and the move.
    @Test func aReportThatMovedTheEventsTimeSaysFromWhatToWhat() throws {
        let hearing = try #require(Self.line(startingWith: "- **Mon 4 Aug 2025 (“4 August”)**"))
        let history = try #require(
            hearing.firstMatch(
                of:
                    /\*As reported:\* expected \(3 Jun 2025\)\[\^(\d+)\], for 1 Jul 2025 – 31 Jul 2025 \(inferred\) → scheduled \(10 Jun 2025\)\[\^(\d+)\], moved from 1 Jul 2025 – 31 Jul 2025 \(inferred\) to 4 Aug 2025\./
            ))
        #expect(Self.footnote(history.1, cites: "the hearing is expected next month"))
        #expect(Self.footnote(history.2, cites: "has been put back to 4 August"))
        #expect(
            Self.briefing.contains(
                "\n- **A public hearing on the depot**: expected for 1 Jul 2025 – 31 Jul 2025 (inferred) (3 Jun 2025) → scheduled for 4 Aug 2025 (10 Jun 2025).\n"
            ))
    }

    @Test func claimsSayWhenTheyWereMadeAndWhichAnswersWhich() throws {
        let reply = try #require(Self.line(startingWith: "- *said* (10 Jun 2025) “never promised a road"))
        let cited = try #require(
            reply.firstMatch(
                of:
                    /\*In reply to\* Tomas Brenn \(7 Jun 2025, inferred\): “moved the goalposts at the last minute”\[\^(\d+)\]\.$/
            ))
        #expect(Self.footnote(cited.1, cites: "In reply"), "cited where the source says it answers")
        // Said on the Saturday before the report, a day worked out from the text: that day wins.
        let answered = try #require(Self.line(startingWith: "- *said* (7 Jun 2025, inferred) “moved the goalposts"))
        #expect(
            answered.hasSuffix("*Answered by* Ruth Alder (10 Jun 2025): “never promised a road it cannot pay for”."))
        #expect(Self.line(startingWith: "- *said* (3 Jun 2025) “a first step, not a finished deal”") != nil)

        // In the contested questions too, each claim with its day, the reply beside it.
        let row = try #require(
            Self.line(startingWith: "| **Tomas Brenn** (said, 7 Jun 2025, inferred): “moved the goalposts"))
        #expect(row.contains("*Answered by* Ruth Alder (10 Jun 2025)"))
        #expect(row.contains("| **Ruth Alder** (said, 10 Jun 2025): “never promised"))
        #expect(row.contains("*In reply to* Tomas Brenn (7 Jun 2025, inferred)"))
        #expect(Self.briefing.contains("(the article's view, 3 Jun 2025): The first report judges"))
    }

    @Test func anExpectationWhoseDayPassedWithNoReportSinceSaysSo() throws {
        let briefing = MarkdownExport.render(storyWithoutTheSecondWordOnTheSigning())
        #expect(
            briefing.contains(
                "\n- **Council and Northline sign the depot deal**: scheduled, no report since 3 Jun 2025.\n"))
        let signing = try #require(Self.line(briefing, startingWith: "- **Fri 6 Jun 2025"))
        #expect(signing.contains("*As reported:* scheduled (3 Jun 2025)[^"))
        #expect(signing.contains("*Outcome:* no report since 3 Jun 2025."))
        // The hearing, expected for July, is not past; the talks were reported by the latest report.
        #expect(briefing.components(separatedBy: "*Outcome:*").count == 2)
    }

    @Test func theEmbeddedStorysBriefingIsUnchanged() throws {
        assertBriefingGolden("minerals-deal", MarkdownExport.render(try StoryLoader().loadEmbedded()))
    }
}

/// Compares a briefing with `Tests/Fixtures/briefings/<name>.md`. `UPDATE_GOLDENS=1 swift test`
/// rewrites the file; review the difference before committing it.
func assertBriefingGolden(_ name: String, _ briefing: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let file = packageRoot.appendingPathComponent("Tests/Fixtures/briefings/\(name).md")
    if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
        try? briefing.write(to: file, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record("missing golden \(file.path); run UPDATE_GOLDENS=1 swift test", sourceLocation: sourceLocation)
        return
    }
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = briefing.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(expectedLines.count, actualLines.count) {
        let want = index < expectedLines.count ? String(expectedLines[index]) : "(none)"
        let got = index < actualLines.count ? String(actualLines[index]) : "(none)"
        if want != got {
            Issue.record(
                "briefing \(name) differs at line \(index + 1):\n- \(want)\n+ \(got)", sourceLocation: sourceLocation)
            return
        }
    }
}
