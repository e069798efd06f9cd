import Foundation
import Testing

@testable import StoryModel

/// What `validate` tells an author writing a story by hand, beyond "this is wrong".
@Suite struct AuthoringHelpTests {
    @Test func anExcerptNotFoundShowsTheNearestTextAndWhatDiffers() {
        let text = "Zelensky calls it a \u{201C}framework agreement\u{201D} \u{2014} a first step.  Then he left."
        let entities = """
            [{"id": "z", "name": "Zelensky", "kind": "person", "role": "r", "description": "d",
              "mentions": [{"excerpt": "a \\"framework agreement\\" - a first step"}, {"excerpt": "step. Then"},
                           {"excerpt": "nothing like it"}]}]
            """
        let found = messages(storyJSON(text: text, entities: entities, events: "[]", claims: "[]"))
        #expect(found.count == 3, "\(found)")
        let quotes = found.first { $0.contains("mentions[0]") } ?? ""
        #expect(
            quotes.contains("line 1 reads \"a \u{201C}framework agreement\u{201D} \u{2014} a first step\""), "\(quotes)"
        )
        #expect(
            quotes.contains(
                "quote \u{201C}\u{201C}\u{201D} (U+201C) in the text where the excerpt has \u{201C}\"\u{201D} (U+0022)")
        )
        #expect(
            quotes.contains(
                "dash \u{201C}\u{2014}\u{201D} (U+2014) in the text where the excerpt has \u{201C}-\u{201D} (U+002D)"))
        let spaces = found.first { $0.contains("mentions[1]") } ?? ""
        #expect(spaces.contains("different spacing (the text: space+space, the excerpt: space)"), "\(spaces)")
        let absent = found.first { $0.contains("mentions[2]") } ?? ""
        #expect(absent.hasSuffix("excerpt \"nothing like it\" is not found verbatim in document \"doc\""))
    }

    @Test func enumerationsSuggestTheSpellingTheFormatUses() {
        let events = """
            [{"id": "m", "title": "t", "summary": "s", "status": "canceled", "when": {"text": "on Monday"},
              "evidence": [{"excerpt": "Alice met Bob"}]}]
            """
        let entities = """
            [{"id": "alice", "name": "Alice", "kind": "organization", "role": "r", "description": "d"},
             {"id": "bob", "name": "Bob", "kind": "person", "role": "r", "description": "d"}]
            """
        let found = messages(storyJSON(entities: entities, events: events))
        #expect(found.contains { $0.contains("unknown event status \"canceled\"; did you mean \"cancelled\"?") })
        #expect(found.contains { $0.contains("unknown entity kind \"organization\"; did you mean \"organisation\"?") })
        let relation = """
            {"format": "storyscope-story", "version": 1, "id": "t", "title": "T", "summary": "S",
             "documents": [{"id": "doc", "title": "D", "text": "Alice met Bob."}],
             "entities": [{"id": "a", "name": "Alice", "kind": "person", "role": "r", "description": "d"}],
             "relations": [{"subject": "a", "predicate": "criticises", "object": "a", "evidence": [{"excerpt": "Alice"}]}]}
            """
        #expect(messages(relation).contains { $0.contains("did you mean \"criticizes\"?") })
    }

    @Test func didYouMeanNeverOffersAWordOfTheOppositeMeaning() {
        func status(_ written: String) -> String {
            let events = """
                [{"id": "m", "title": "t", "summary": "s", "status": "\(written)", "when": {"text": "on Monday"},
                  "evidence": [{"excerpt": "Alice met Bob"}]}]
                """
            return messages(storyJSON(events: events)).first { $0.contains("$.events[0].status") } ?? ""
        }
        #expect(
            status("not-happened").hasSuffix(
                "unknown event status \"not-happened\"; expected one of \"happened\", \"ongoing\", \"scheduled\", \"expected\", \"proposed\", \"cancelled\", \"unconfirmed\""
            ))
        #expect(!status("confirmed").contains("did you mean"))
        #expect(!status("unhappened").contains("did you mean"))
        #expect(
            status("not-confirmed").contains("did you mean \"unconfirmed\"?"), "the same meaning, otherwise written")
        #expect(status("unconfirmd").contains("did you mean \"unconfirmed\"?"))

        let topics = """
            [{"id": "q", "question": "q?", "sides": [{"label": "a", "claims": ["not-went-well"]},
                                                  {"label": "b", "claims": ["went-wel"]}]}]
            """
        let found = messages(storyJSON(topics: topics))
        #expect(found.contains { $0.hasSuffix("unknown claim \"not-went-well\"") })
        #expect(found.contains { $0.hasSuffix("unknown claim \"went-wel\"; did you mean \"went-well\"?") })

        #expect(closestMatch(to: "excluded", in: ["included"]) == nil)
        #expect(closestMatch(to: "non-member-of", in: ["member-of", "part-of"]) == nil)
        #expect(closestMatch(to: "membr-of", in: ["member-of", "part-of"]) == "member-of")
    }

    @Test func aWeekdayThatContradictsTheDateIsAnError() {
        let events = """
            [{"id": "m", "title": "t", "summary": "s", "status": "happened",
              "when": {"text": "On Sunday, March 2", "resolved": {"precision": "day", "date": "2025-03-01"}},
              "evidence": [{"excerpt": "Alice met Bob"}]}]
            """
        #expect(
            messages(storyJSON(events: events)).contains {
                $0.contains(
                    "$.events[0].when.resolved: \"On Sunday, March 2\" names a Sunday, but 2025-03-01 is a Saturday")
            })
        let right = events.replacingOccurrences(of: "2025-03-01", with: "2025-03-02")
        #expect(throws: Never.self) { try load(storyJSON(events: right)) }
    }

    @Test func aMissingTextFileIsOneErrorNotACascade() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("storyscope-help-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let story = storyJSON().replacingOccurrences(
            of: #""text": "Alice met Bob in Paris on Monday. Bob said \"it went well\".""#,
            with: #""textFile": "missing.txt""#)
        let file = folder.appendingPathComponent("story.json")
        try story.write(to: file, atomically: true, encoding: .utf8)
        do {
            _ = try StoryLoader().load(path: file.path)
            Issue.record("a story without its text loaded")
        } catch {
            #expect(error.diagnostics.count == 1, "\(error.diagnostics)")
            #expect(error.diagnostics.first?.message.contains("cannot use textFile \"missing.txt\"") == true)
        }
    }

    @Test func anAmbiguousExcerptListsItsLinesOrSaysHowManyItLeftOut() {
        let text = (1...12).map { "Line \($0) has Bob." }.joined(separator: "\n")
        let entities = """
            [{"id": "b", "name": "Robert", "kind": "person", "role": "r", "description": "d", "mentions": [{"excerpt": "Bob"}]}]
            """
        let found = messages(storyJSON(text: text, entities: entities, events: "[]", claims: "[]"))
        #expect(
            found.contains {
                $0.contains("occurs 12 times in document \"doc\" (lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 2 more)")
            })
    }
}
