import Foundation
import Testing

@testable import StoryModel

/// The two-article fixture uses both times of version 2 (a claim's `said`, a report's `when`):
/// it survives an export with them, and without them it is the version 2 file it was before
/// them, loading to the same story but for the two times.
@Suite struct FixtureTimesTests {
    @Test func theDevelopingFixtureSurvivesAnExportWithBoth() throws {
        let story = developingStory
        #expect(story.claims.contains { $0.said != nil })
        #expect(story.events.contains { $0.reports.contains { $0.when != nil } })
        #expect(try load(JSONExport.render(story)) == story)
    }

    /// The day words were said is found as an event's day is: "/saturday" finds Brenn's claim
    /// first, and "7 June" finds it too.
    @Test func searchFindsAClaimByTheDayItWasSaid() throws {
        let story = developingStory
        let goalposts = try #require(story.claims.firstIndex { $0.id == "brenn-goalposts" })
        let search = SearchIndex(story: story)
        #expect(search.search("saturday").first?.target == .item(.claim(goalposts)))
        #expect(search.search("7 june").contains { $0.target == .item(.claim(goalposts)) })
    }

    @Test func withoutTheTimesTheFixtureLoadsAsBefore() throws {
        let path = packageRoot.appendingPathComponent("Tests/Fixtures/harbour-depot/harbour-depot.story.json").path
        var root = try JSONParser.parse(Array(try String(contentsOfFile: path, encoding: .utf8).utf8))
        for (index, claim) in (root["claims"]?.elements ?? []).enumerated() where claim["said"] != nil {
            root = JSONEdit(path: [.key("claims"), .index(index)], value: claim.removing("said"), rule: "")
                .applied(to: root)
        }
        for (eventIndex, event) in (root["events"]?.elements ?? []).enumerated() {
            for (index, report) in (event["reports"]?.elements ?? []).enumerated() where report["when"] != nil {
                let place: [PathPiece] = [.key("events"), .index(eventIndex), .key("reports"), .index(index)]
                root = JSONEdit(path: place, value: report.removing("when"), rule: "").applied(to: root)
            }
        }
        let without = try StoryLoader().load(bytes: Array(JSONWriter.render(root).utf8), path: path)
        var expected = developingStory
        for index in expected.claims.indices { expected.claims[index].said = nil }
        for event in expected.events.indices {
            for report in expected.events[event].reports.indices { expected.events[event].reports[report].when = nil }
        }
        #expect(without == expected)
        #expect(!JSONExport.render(without).contains("\"said\": {"))
    }
}
