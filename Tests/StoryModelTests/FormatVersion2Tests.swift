import Foundation
import Testing

@testable import StoryModel

/// Format version 2: a story across several documents. Each new field loads, each is refused
/// in a version 1 file, and each says clearly what is wrong with it.
@Suite struct FormatVersion2Tests {
    static let first = "The launch is set for Friday. Mia said \"we are ready\". Washington agreed to help."
    static let second =
        "The launch was called off on Friday. In reply, Leo said \"we were never ready\". Washington was quiet."

    /// Two documents, "a" (published 2 June) and "b" (9 June); `b` comes first in the file when
    /// `reversed`, so that order by date and order in the file differ.
    static func story(
        version: Int = 2, entities: String = "[]", events: String = "[]", claims: String = "[]",
        reversed: Bool = false
    ) -> String {
        let a = #"{"id": "a", "title": "A", "published": {"date": "2025-06-02"}, "text": \#(jsonString(first))}"#
        let b = #"{"id": "b", "title": "B", "published": {"date": "2025-06-09"}, "text": \#(jsonString(second))}"#
        return """
            {"format": "storyscope-story", "version": \(version), "id": "t", "title": "T", "summary": "S",
             "documents": [\(reversed ? "\(b), \(a)" : "\(a), \(b)")],
             "entities": \(entities), "events": \(events), "claims": \(claims)}
            """
    }

    static let people = """
        [{"id": "mia", "name": "Mia", "kind": "person", "role": "r", "description": "d"},
         {"id": "leo", "name": "Leo", "kind": "person", "role": "r", "description": "d"}]
        """

    static func launch(status: String? = #""status": "scheduled","#, extra: String = "") -> String {
        "[\(launchEvent(status: status, extra: extra))]"
    }

    static func launchEvent(status: String? = #""status": "scheduled","#, extra: String = "") -> String {
        """
        {"id": "launch", "title": "Launch", "summary": "s", \(status ?? "")
          "when": {"text": "on Friday", "evidence": {"document": "b", "excerpt": "on Friday"}},
          "evidence": [{"excerpt": "The launch is set for Friday."}]\(extra)}
        """
    }

    static let reports = """
        , "reports": [{"document": "b", "status": "cancelled", "evidence": [{"excerpt": "was called off"}]},
                      {"document": "a", "status": "scheduled", "evidence": [{"excerpt": "is set for Friday"}]}]
        """

    @Test func evidenceWithoutADocumentIsFoundInTheOneThatHoldsIt() throws {
        let story = try load(Self.story(events: Self.launch()))
        #expect(story.events[0].evidence[0].document == "a")
        #expect(story.events[0].when.evidence[0].document == "b")
    }

    @Test func anExcerptInSeveralDocumentsMustSayWhich() {
        let events = Self.launch().replacingOccurrences(
            of: #""document": "b", "excerpt": "on Friday""#, with: #""excerpt": "Friday""#)
        #expect(
            messages(Self.story(events: events)).contains {
                $0.contains(
                    "$.events[0].when.evidence.excerpt: excerpt \"Friday\" occurs in 2 documents (\"a\", \"b\"); add \"document\" to say which"
                )
            })
        let absent = Self.launch().replacingOccurrences(
            of: "The launch is set for Friday.", with: "The launch is late.")
        #expect(
            messages(Self.story(events: absent)).contains {
                $0.contains("excerpt \"The launch is late.\" is not found verbatim in any of the story's documents")
            })
        let offsets = Self.launch().replacingOccurrences(
            of: #"{"excerpt": "The launch is set for Friday."}"#, with: #"{"start": 0, "end": 3}"#)
        #expect(
            messages(Self.story(events: offsets)).contains {
                $0.contains(
                    "evidence given by \"start\" and \"end\" needs a \"document\" field: the story has 2 documents")
            })
    }

    @Test func aVersion1FileStillNeedsADocumentOnEveryPieceOfEvidence() {
        #expect(
            messages(Self.story(version: 1, events: Self.launch())).contains {
                $0.contains("$.events[0].evidence[0]: evidence needs a \"document\" field: the story has 2 documents")
            })
    }

    @Test func statusReportsGiveTheHistoryAndTheLatestIsTheStatus() throws {
        let story = try load(Self.story(events: Self.launch(status: nil, extra: Self.reports), reversed: true))
        let event = story.events[0]
        #expect(event.reports.map(\.document) == ["a", "b"], "in the order of the documents' days")
        #expect(event.reports.map(\.status) == [.scheduled, .cancelled])
        #expect(event.status == .cancelled)
        #expect(event.reports[1].evidence[0].document == "b", "a report's evidence is looked for in its document")
    }

    @Test func statusReportsAreChecked() {
        let disagree = messages(Self.story(events: Self.launch(extra: Self.reports)))
        #expect(
            disagree.contains {
                $0.contains(
                    "$.events[0].status: status \"scheduled\" differs from the latest report's, \"cancelled\" (document \"b\")"
                )
            })
        let twice = Self.reports.replacingOccurrences(of: #""document": "a""#, with: #""document": "b""#)
        let found = messages(Self.story(events: Self.launch(status: nil, extra: twice)))
        #expect(found.contains { $0.contains("document \"b\" reports this event's status twice") })
        #expect(found.contains { $0.contains("excerpt \"is set for Friday\" is not found verbatim in document \"b\"") })
        let elsewhere = Self.reports.replacingOccurrences(
            of: #"[{"excerpt": "was called off"}]"#, with: #"[{"document": "a", "excerpt": "The launch"}]"#)
        #expect(
            messages(Self.story(events: Self.launch(status: nil, extra: elsewhere))).contains {
                $0.contains(
                    "$.events[0].reports[0].evidence[0].document: this evidence must come from document \"b\", not \"a\""
                )
            })
        #expect(
            messages(Self.story(events: Self.launch(status: nil, extra: #", "reports": []"#))).contains {
                $0.contains("give at least one report, or leave \"reports\" out")
            })
        let noEvidence = #", "reports": [{"document": "a", "status": "scheduled"}]"#
        #expect(
            messages(Self.story(events: Self.launch(status: nil, extra: noEvidence))).contains {
                $0.contains("$.events[0].reports[0]: missing required field \"evidence\"")
            })
        let unknown = #", "reports": [{"document": "c", "status": "schedule", "evidence": [{"excerpt": "x"}]}]"#
        let problems = messages(Self.story(events: Self.launch(status: nil, extra: unknown)))
        #expect(problems.contains { $0.contains("unknown document \"c\"") })
        #expect(problems.contains { $0.contains("unknown event status \"schedule\"") })
    }

    @Test func theTimesEvidenceMayBeAListButNotAnEmptyOne() throws {
        let twoPlaces = Self.launch().replacingOccurrences(
            of: #""evidence": {"document": "b", "excerpt": "on Friday"}"#,
            with: #""evidence": [{"document": "b", "excerpt": "on Friday"}, {"excerpt": "set for Friday"}]"#)
        #expect(try load(Self.story(events: twoPlaces)).events[0].when.evidence.map(\.document) == ["b", "a"])
        let empty = Self.launch().replacingOccurrences(
            of: #""evidence": {"document": "b", "excerpt": "on Friday"}"#, with: #""evidence": []"#)
        #expect(
            messages(Self.story(events: empty)) == [
                "test.json:4:45: error: $.events[0].when.evidence: give at least one piece of evidence, or leave \"evidence\" out"
            ])
    }

    @Test func eventLinksLoadAndAreChecked() throws {
        let second = """
            {"id": "talks", "title": "Talks", "summary": "s", "status": "happened", "when": {"text": "none"},
             "evidence": [{"excerpt": "In reply"}],
             "links": [{"kind": "outcome-of", "event": "launch", "evidence": [{"excerpt": "In reply"}]}]}
            """
        let events = "[\(Self.launchEvent()), \(second)]"
        let story = try load(Self.story(events: events))
        #expect(
            story.events[1].links == [EventLink(kind: .outcomeOf, event: "launch", evidence: story.events[1].evidence)])
        #expect(StoryIndex(story).linksToEvent[0].map(\.event) == [1])

        let broken = events.replacingOccurrences(
            of: #""kind": "outcome-of", "event": "launch""#, with: #""kind": "outcome", "event": "talks""#
        )
        .replacingOccurrences(of: #"[{"excerpt": "In reply"}]}]}"#, with: "[]}]}")
        let found = messages(Self.story(events: broken))
        #expect(found.contains { $0.contains("unknown event link kind \"outcome\"") && $0.contains("outcome-of") })
        #expect(found.contains { $0.contains("$.events[1].links[0].event: an event cannot be linked to itself") })
        #expect(found.contains { $0.contains("$.events[1].links[0].evidence: needs at least one piece of evidence") })
    }

    @Test func aClaimCanAnswerAnother() throws {
        let claims = """
            [{"id": "ready", "speaker": "mia", "quote": "we are ready", "paraphrase": "p", "reach": "said",
              "evidence": [{"excerpt": "Mia said \\"we are ready\\""}]},
             {"id": "never", "speaker": "leo", "quote": "we were never ready", "paraphrase": "p", "reach": "said",
              "evidence": [{"excerpt": "Leo said \\"we were never ready\\""}],
              "respondsTo": {"claim": "ready", "evidence": [{"excerpt": "In reply"}]}}]
            """
        let story = try load(Self.story(entities: Self.people, claims: claims))
        #expect(story.claims[1].respondsTo?.claim == "ready")
        #expect(story.claims[1].respondsTo?.evidence.first?.document == "b")
        #expect(StoryIndex(story).responsesToClaim[0] == [1])

        let found = messages(
            Self.story(
                entities: Self.people,
                claims: claims.replacingOccurrences(
                    of: #"{"claim": "ready", "evidence": [{"excerpt": "In reply"}]}"#, with: #"{"claim": "never"}"#)))
        #expect(found.contains { $0.contains("$.claims[1].respondsTo.claim: a claim cannot answer itself") })
        #expect(found.contains { $0.contains("$.claims[1].respondsTo: missing required field \"evidence\"") })
        let unknown = claims.replacingOccurrences(of: #""claim": "ready""#, with: #""claim": "redy""#)
        #expect(
            messages(Self.story(entities: Self.people, claims: unknown)).contains {
                $0.contains("unknown claim \"redy\"") && $0.contains("did you mean \"ready\"")
            })
    }

    @Test func aDocumentSpeaksInItsOwnVoice() throws {
        let claims = """
            [{"id": "view", "speaker": "a", "paraphrase": "The report says the launch is set.", "reach": "assessed",
              "evidence": [{"excerpt": "The launch is set for Friday."}]}]
            """
        let story = try load(Self.story(claims: claims))
        #expect(StoryIndex(story).claimsOfDocumentVoice == [[0], []])
        #expect(
            messages(
                Self.story(
                    version: 1,
                    claims: claims.replacingOccurrences(of: "\"reach\"", with: "\"document\": \"a\", \"reach\""))
            )
            .contains { $0.contains("$.claims[0].speaker") && $0.contains("\"a\" is a document") })
    }

    @Test func namesCanBeMatchedInSomeDocumentsOnly() throws {
        let entities = """
            [{"id": "city", "name": "Washington", "kind": "place", "role": "r", "description": "d", "matchIn": ["b"]},
             {"id": "government", "name": "U.S. government", "kind": "organisation", "role": "r", "description": "d",
              "aliases": [{"name": "Washington", "matchIn": ["a"]}, "the government"]}]
            """
        let story = try load(Self.story(entities: entities))
        #expect(story.entities[0].mentions.map(\.evidence.document) == ["b"])
        #expect(story.entities[1].mentions.map(\.evidence.document) == ["a"])

        let exported = try load(JSONExport.render(story))
        #expect(exported == story, "the scopes survive an export")

        let wrong = entities.replacingOccurrences(of: #""matchIn": ["b"]"#, with: #""matchIn": ["c"]"#)
            .replacingOccurrences(of: #""matchIn": ["a"]"#, with: #""matchIn": []"#)
        let found = messages(Self.story(entities: wrong))
        #expect(found.contains { $0.contains("$.entities[0].matchIn[0]: unknown document \"c\"") })
        #expect(found.contains { $0.contains("$.entities[1].aliases[0].matchIn: name at least one document") })
        let unscoped = entities.replacingOccurrences(
            of: #"{"name": "Washington", "matchIn": ["a"]}"#, with: #"{"name": "Washington"}"#)
        #expect(
            messages(Self.story(entities: unscoped)).contains {
                $0.hasSuffix(
                    "$.entities[1].aliases[0]: missing required field \"matchIn\" (the documents it is matched in; an alias matched in all is a plain string)"
                )
            })
    }

    @Test func eachVersion2FieldIsRefusedInAVersion1File() {
        let when = Self.launchEvent(extra: #", "links": [], "reports": []"#).replacingOccurrences(
            of: #""evidence": {"document": "b", "excerpt": "on Friday"}"#,
            with: #""evidence": [{"document": "b", "excerpt": "on Friday"}]"#)
        let entities = """
            [{"id": "city", "name": "Washington", "kind": "place", "role": "r", "description": "d", "matchIn": ["b"],
              "aliases": [{"name": "D.C.", "matchIn": ["a"]}]}]
            """
        let claims = """
            [{"id": "c", "speaker": "city", "paraphrase": "p", "reach": "said",
              "evidence": [{"document": "a", "excerpt": "Mia"}], "respondsTo": {"claim": "c", "evidence": []}}]
            """
        let found = messages(
            Self.story(
                version: 1, entities: entities,
                events: "[\(when)]",
                claims: claims))
        for field in ["$.entities[0].matchIn", "$.events[0].links", "$.events[0].reports", "$.claims[0].respondsTo"] {
            let name = field.split(separator: ".").last!
            #expect(
                found.contains {
                    $0.contains("\(field): \"\(name)\" is a field of format version 2; this file says \"version\": 1")
                },
                "\(field)")
        }
        // Fields version 1 has, written in a form of version 2: the message says what version 1 takes.
        #expect(
            found.contains {
                $0.hasSuffix(
                    "$.entities[0].aliases[0]: an alias written as an object (with \"name\" and \"matchIn\") is format version 2; in version 1 an alias is a string, and this file says \"version\": 1"
                )
            })
        #expect(
            found.contains {
                $0.hasSuffix(
                    "$.events[0].when.evidence: a list of evidence is format version 2; in version 1 \"evidence\" is one evidence object, and this file says \"version\": 1"
                )
            })
        #expect(!found.contains { $0.contains("\"aliases\" is a field") || $0.contains("\"evidence\" is a field") })
    }

    /// Aliases are a field of version 1, as plain strings: only an alias written as an object
    /// needs version 2, and the plain ones beside it are still read.
    @Test func aVersion1FileHasPlainStringAliases() throws {
        let entities = """
            [{"id": "mia", "name": "Mia Holt", "kind": "person", "role": "r", "description": "d", "aliases": ["Mia"]},
             {"id": "leo", "name": "Leo Varga", "kind": "person", "role": "r", "description": "d",
              "aliases": ["Leo", {"name": "Varga", "matchIn": ["a"]}, " "]}]
            """
        let plain = entities.replacingOccurrences(of: #", {"name": "Varga", "matchIn": ["a"]}, " ""#, with: "")
        let story = try load(Self.story(version: 1, entities: plain))
        #expect(story.entities.map(\.aliases) == [["Mia"], ["Leo"]])
        #expect(story.entities[0].mentions.map(\.evidence.excerpt) == ["Mia"])

        let found = messages(Self.story(version: 1, entities: entities))
        #expect(
            found.map {
                $0.replacingOccurrences(of: #"^test\.json:\d+:\d+: error: "#, with: "", options: .regularExpression)
            }
                == [
                    "$.entities[1].aliases[1]: an alias written as an object (with \"name\" and \"matchIn\") is format version 2; in version 1 an alias is a string, and this file says \"version\": 1",
                    "$.entities[1].aliases[2]: must not be empty",
                ])
    }

    /// The two-article story written for the tests, in Tests/Fixtures: it loads, says that the
    /// signing expected in the first report was called off according to the second, and comes
    /// back equal from an export.
    @Test func theTwoArticleFixtureLoadsAndSurvivesExport() throws {
        let path = packageRoot.appendingPathComponent("Tests/Fixtures/harbour-depot/harbour-depot.story.json").path
        let story = try StoryLoader().load(path: path)
        let signing = try #require(story.events.first { $0.id == "signing" })
        #expect(
            signing.reports.map { "\($0.document): \($0.status.rawValue)" } == [
                "first-report: scheduled", "second-report: cancelled",
            ])
        #expect(signing.status == .cancelled)
        let council = try #require(story.entities.first { $0.id == "council" })
        #expect(
            council.mentions.contains { $0.evidence.document == "second-report" && $0.evidence.excerpt == "Carrow" })
        #expect(
            !council.mentions.contains { $0.evidence.document == "first-report" && $0.evidence.excerpt == "Carrow" })
        let briefing = MarkdownExport.render(story)
        #expect(
            briefing.contains("*As reported:* scheduled (3 Jun 2025)[^11] → cancelled (10 Jun 2025)[^12]."),
            "the briefing's timeline gives the history, each report cited")
        #expect(briefing.contains("[^12]: second-report, line 5, characters 228–252: “was called off on Friday”"))
        let exported = JSONExport.render(story)
        #expect(exported.contains("\"version\": 2"))
        #expect(try load(exported) == story)
    }
}
