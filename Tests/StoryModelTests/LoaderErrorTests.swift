import Foundation
import Testing

@testable import StoryModel

/// Each bad input the issue lists gets a clear message that names the place, and never a
/// crash or a hang.
@Suite struct LoaderErrorTests {
    @Test func theMinimalStoryLoads() throws {
        let story = try load(storyJSON())
        #expect(story.entities.count == 2)
        #expect(story.claims[0].evidence[0].excerpt == "Bob said \"it went well\"")
        #expect(story.events[0].when.evidence.first?.start == 23)
    }

    @Test func syntaxErrorsNameLineAndColumn() {
        let found = messages("{\n  \"format\": \"storyscope-story\",\n  \"version\": 1,\n  \"id\": tru\n}")
        #expect(found == ["test.json:4:9: error: invalid literal; expected 'true'"])
    }

    @Test func anEmptyFileSaysSo() {
        #expect(messages("") == ["test.json:1:1: error: the file is empty; expected a JSON object"])
    }

    @Test func aTruncatedFileSaysSo() {
        let full = storyJSON()
        let cut = String(full.prefix(full.count / 2))
        let found = messages(cut)
        #expect(found.count == 1)
        #expect(found[0].contains("truncated"))
        #expect(found[0].hasPrefix("test.json:"))
    }

    @Test func aNonUTF8FileIsRejectedAtTheBadByte() throws {
        var bytes = Array("{\"format\": \"storyscope-story\",\n \"title\": \"caf".utf8)
        bytes += [0xE9]  // Latin-1 é
        bytes += Array("\"}".utf8)
        do {
            _ = try StoryLoader().load(bytes: bytes, name: "latin1.json") { _ in .failure(.init(message: "")) }
            Issue.record("loaded a non-UTF-8 file")
        } catch {
            #expect(error.kind == .invalid)
            #expect(error.description == "latin1.json:2:15: error: the file is not UTF-8 (invalid byte 0xE9)")
        }
    }

    /// Null is no value of any field: an optional field without a value is left out. It was
    /// taken as "left out" by some fields, and a null version stopped loading without a word.
    @Test func nullIsNotAValue() {
        let claims = """
            [{"id": "went-well", "speaker": "bob", "quote": null, "paraphrase": "p", "reach": "said",
              "evidence": [{"excerpt": "Bob said", "occurrence": null}]}]
            """
        let events = """
            [{"id": "meeting", "title": "t", "summary": "s", "status": "happened", "when": null,
              "evidence": [{"excerpt": "Alice met Bob"}]}]
            """
        let found = diagnostics(storyJSON(events: events, claims: claims)).map { "\($0.path ?? ""): \($0.message)" }
        #expect(
            found == [
                "$.events[0].when: expected a time (an object), found null",
                "$.claims[0].quote: expected a string, found null",
                "$.claims[0].evidence[0].occurrence: expected a whole number, found null",
            ])
        let version = storyJSON().replacingOccurrences(of: #""version": 1"#, with: #""version": null"#)
        #expect(messages(version) == ["test.json:1:43: error: $.version: expected a whole number, found null"])
    }

    /// Line numbers are whole numbers however written, and a part runs forward.
    @Test func documentPartsGiveTheirLines() throws {
        func withParts(_ parts: String) -> String {
            storyJSON(text: "Headline\nAlice met Bob in Paris on Monday.\nBob said \"it went well\".")
                .replacingOccurrences(of: #""title": "D","#, with: #""title": "D", "parts": \#(parts),"#)
        }
        let story = try load(withParts(#"[{"role": "headline", "lines": 1.0}, {"role": "body", "lines": [2, 3e0]}]"#))
        #expect(story.documents[0].parts.map(\.lines) == [1...1, 2...3])
        #expect(
            messages(withParts(#"[{"role": "body", "lines": [3, 2]}]"#)).contains {
                $0.hasSuffix("$.documents[0].parts[0].lines: the first line, 3, comes after the last, 2")
            })
    }

    @Test func wrongTypesAreAllReportedWithTheirPaths() {
        let json = storyJSON(
            entities: """
                [{"id": 7, "name": ["Alice"], "kind": "person", "role": "r", "description": "d"},
                 {"id": "bob", "name": "Bob", "kind": "wizard", "role": "r", "description": "d", "aliases": "Bobby"}]
                """)
        let found = messages(json)
        #expect(found.contains { $0.contains("$.entities[0].id: expected a string, found a number") })
        #expect(found.contains { $0.contains("$.entities[0].name: expected a string, found an array") })
        #expect(
            found.contains {
                $0.contains("$.entities[1].kind: unknown entity kind \"wizard\"; expected one of \"person\"")
            })
        #expect(found.contains { $0.contains("$.entities[1].aliases: expected an array of strings, found a string") })
    }

    @Test func unknownFieldsSuggestTheLikelyName() {
        let json = storyJSON(
            entities: """
                [{"id": "alice", "nmae": "Alice", "kind": "person", "role": "r", "description": "d"},
                 {"id": "bob", "name": "Bob", "kind": "person", "role": "r", "description": "d"}]
                """)
        let found = messages(json)
        #expect(found.contains { $0.contains("unknown field \"nmae\" in entity; did you mean \"name\"?") })
        #expect(found.contains { $0.contains("$.entities[0]: missing required field \"name\"") })
    }

    @Test func danglingReferencesAreReportedWithASuggestion() {
        let json = storyJSON(
            claims: """
                [{"id": "went-well", "speaker": "bobb", "paraphrase": "p", "reach": "said",
                  "evidence": [{"excerpt": "Bob said"}]}]
                """)
        let found = diagnostics(json)
        #expect(found.count == 1)
        #expect(found.first?.path == "$.claims[0].speaker")
        #expect(found.first?.message == "unknown entity \"bobb\"; did you mean \"bob\"?")
        #expect(found.first?.line == 6)
    }

    @Test func referencesToTheWrongKindOfItemAreReported() {
        let json = storyJSON(
            topics: """
                [{"id": "t", "question": "q?", "sides": [{"label": "a", "claims": ["went-well"]}, {"label": "b", "claims": ["meeting"]}]}]
                """)
        #expect(
            messages(json).contains {
                $0.contains("$.topics[0].sides[1].claims[0]: \"meeting\" is an event, expected claim")
            })
    }

    @Test func duplicateIdsAcrossKindsAreReported() {
        let json = storyJSON(
            events: """
                [{"id": "alice", "title": "t", "summary": "s", "status": "happened", "when": {"text": "on Monday"},
                  "evidence": [{"excerpt": "Alice met Bob"}]}]
                """)
        let found = messages(json)
        #expect(
            found.contains {
                $0.contains(
                    "$.events[0].id: duplicate id \"alice\": already used by an entity at line 3, $.entities[0].id")
            }, "\(found)")
    }

    @Test func aQuoteMustBeVerbatimInsideTheClaimsEvidence() {
        let notInText = storyJSON(
            claims: """
                [{"id": "c", "speaker": "bob", "quote": "it went very well", "paraphrase": "p", "reach": "said",
                  "evidence": [{"excerpt": "Bob said"}]}]
                """)
        #expect(
            messages(notInText).contains {
                $0.contains("$.claims[0].quote: quote \"it went very well\" is not found verbatim")
            })
        let outsideEvidence = storyJSON(
            claims: """
                [{"id": "c", "speaker": "bob", "quote": "it went well", "paraphrase": "p", "reach": "said",
                  "evidence": [{"excerpt": "Alice met Bob"}]}]
                """)
        #expect(
            messages(outsideEvidence).contains {
                $0.contains("is in the document but not inside this claim's evidence")
            })
    }

    @Test func excerptsMustMatchTheirSpanAndSpansMustBeInRange() {
        let json = storyJSON(
            claims: """
                [{"id": "a", "speaker": "bob", "paraphrase": "p", "reach": "said", "evidence": [{"start": 0, "end": 5, "excerpt": "Alice met"}]},
                 {"id": "b", "speaker": "bob", "paraphrase": "p", "reach": "said", "evidence": [{"start": 50, "end": 500}]},
                 {"id": "c", "speaker": "bob", "paraphrase": "p", "reach": "said", "evidence": [{"start": 3}]},
                 {"id": "d", "speaker": "bob", "paraphrase": "p", "reach": "said", "evidence": [{"start": 0, "end": 5}]}]
                """)
        let found = messages(json)
        #expect(
            found.contains {
                $0.contains(
                    "$.claims[0].evidence[0].excerpt: excerpt does not match the text at 0..<5, which reads \"Alice\"")
            })
        #expect(found.contains { $0.contains("$.claims[1].evidence[0].end: span 50..<500 is out of range") })
        #expect(
            found.contains { $0.contains("$.claims[2].evidence[0].start: give both \"start\" and \"end\", or neither") }
        )
        #expect(found.count == 3)
    }

    @Test func anAmbiguousExcerptNeedsAnOccurrence() throws {
        let ambiguous = storyJSON(
            claims: """
                [{"id": "c", "speaker": "bob", "paraphrase": "p", "reach": "said", "evidence": [{"excerpt": "Bob"}]}]
                """)
        #expect(
            messages(ambiguous).contains {
                $0.contains(
                    "excerpt \"Bob\" occurs 2 times in document \"doc\" (lines 1, 1); add \"occurrence\": 1 to 2")
            })
        let chosen = storyJSON(
            claims: """
                [{"id": "c", "speaker": "bob", "paraphrase": "p", "reach": "said", "evidence": [{"excerpt": "Bob", "occurrence": 2}]}]
                """)
        #expect(try load(chosen).claims[0].evidence[0].start == 34)
        let outOfRange = storyJSON(
            claims: """
                [{"id": "c", "speaker": "bob", "paraphrase": "p", "reach": "said", "evidence": [{"excerpt": "Bob", "occurrence": 3}]}]
                """)
        #expect(
            messages(outOfRange).contains { $0.contains("occurrence 3 is out of range: the excerpt occurs 2 times") })
    }

    @Test func eventsAndClaimsNeedEvidence() {
        let json = storyJSON(
            events: """
                [{"id": "e", "title": "t", "summary": "s", "status": "happened", "when": {"text": "x"}, "evidence": []}]
                """,
            claims: """
                [{"id": "c", "speaker": "bob", "paraphrase": "p", "reach": "said"}]
                """)
        let found = messages(json)
        #expect(found.contains { $0.contains("$.events[0].evidence: needs at least one piece of evidence") })
        #expect(found.contains { $0.contains("$.claims[0]: missing required field \"evidence\"") })
    }

    @Test func anUnknownFormatVersionStopsEarly() {
        let json = storyJSON().replacingOccurrences(of: "\"version\": 1", with: "\"version\": 3")
        #expect(
            messages(json) == [
                "test.json:1:43: error: $.version: unknown format version 3; this storyscope reads versions 1 to 2"
            ])
        let other = "{\"format\": \"something-else\", \"version\": 1}"
        #expect(messages(other).first?.contains("this is not a storyscope story") == true)
    }

    @Test func manyProblemsAreReportedAtOnceInFileOrder() {
        let json = storyJSON(
            entities: """
                [{"id": "alice", "name": "Alice", "kind": "persn", "role": "r", "description": "d"},
                 {"id": "bob", "name": "", "kind": "person", "role": "r", "description": "d"}]
                """,
            claims: """
                [{"id": "c", "speaker": "carol", "paraphrase": "p", "reach": "shouted", "evidence": [{"excerpt": "nowhere"}]}]
                """)
        let found = diagnostics(json)
        #expect(found.count == 5)
        let lines = found.map(\.line)
        #expect(lines == lines.sorted())
    }

    @Test func datesAreChecked() {
        let json = storyJSON(
            events: """
                [{"id": "e1", "title": "t", "summary": "s", "status": "happened", "evidence": [{"excerpt": "Alice met Bob"}],
                  "when": {"text": "x", "resolved": {"precision": "day", "date": "2025-02-30", "inferred": false}}},
                 {"id": "e2", "title": "t", "summary": "s", "status": "happened", "evidence": [{"excerpt": "Alice met Bob"}],
                  "when": {"text": "x", "resolved": {"precision": "week", "start": "2025-02-25", "end": "2025-03-03", "inferred": true, "basis": "b"}}},
                 {"id": "e3", "title": "t", "summary": "s", "status": "happened", "evidence": [{"excerpt": "Alice met Bob"}],
                  "when": {"text": "x", "resolved": {"precision": "day", "date": "2025-02-28", "inferred": true}}}]
                """)
        let found = messages(json)
        #expect(found.contains { $0.contains("\"2025-02-30\" is not a valid date") })
        #expect(found.contains { $0.contains("a week runs Monday to Sunday") })
        #expect(found.contains { $0.contains("an inferred date needs a \"basis\"") })
    }

    @Test func controlCharactersAndEscapesAreKeptAsDataButPrintedVisibly() throws {
        let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J"
        let json = storyJSON(
            entities: """
                [{"id": "alice", "name": \(jsonString("Alice" + hostile)), "kind": "person", "role": "r", "description": "d"},
                 {"id": "bob", "name": "Bob", "kind": "person", "role": "r", "description": "d"}]
                """)
        let story = try load(json)
        #expect(story.entities[0].name == "Alice" + hostile)
        let unknown = storyJSON(
            claims: """
                [{"id": "c", "speaker": \(jsonString("bob" + hostile)), "paraphrase": "p", "reach": "said", "evidence": [{"excerpt": "Bob said"}]}]
                """)
        let text = messages(unknown).joined()
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(text.contains("bob^[]0;pwned^G^[[2J"))
    }

    @Test func filesThatCannotBeReadAreUnreadableNotInvalid() {
        do {
            _ = try StoryLoader().load(path: "/nonexistent/story.json")
            Issue.record("loaded a missing file")
        } catch {
            #expect(error.kind == .unreadable)
            #expect(error.description == "/nonexistent/story.json: error: cannot read the file: no such file")
        }
        do {
            _ = try StoryLoader().load(path: "/tmp")
            Issue.record("loaded a directory")
        } catch {
            #expect(error.kind == .unreadable)
            #expect(error.description.contains("is a directory"))
        }
    }

    @Test func filesOverTheSizeLimitAreRefusedBeforeReading() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("storyscope-big-\(UUID()).json")
        try Data(count: 4096).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var loader = StoryLoader()
        loader.maxFileBytes = 1024
        do {
            _ = try loader.load(path: url.path)
            Issue.record("loaded an oversized file")
        } catch {
            #expect(error.kind == .invalid)
            #expect(error.description.hasSuffix("error: the file is 4.0 KiB; story files may be at most 1.0 KiB"))
        }
    }

    /// A 100 MB file is read and rejected with a clear message, quickly and without a crash.
    @Test func aHundredMegabyteFileGetsAClearError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("storyscope-100mb-\(UUID()).json")
        var bytes = Array("{\"format\": \"storyscope-story\", \"version\": 1, \"id\": \"big\", \"summary\": \"".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 100 * 1024 * 1024)
        bytes += Array("\"".utf8)  // the closing brace is missing
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try StoryLoader().load(path: url.path)
            Issue.record("loaded a truncated 100 MB file")
        } catch {
            #expect(error.kind == .invalid)
            #expect(error.description.contains(":1:104857672: error: unexpected end of file inside an object"))
        }
    }

    @Test func textFilesAreReadBesideTheStory() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("storyscope-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "Alice met Bob.".write(to: directory.appendingPathComponent("text.txt"), atomically: true, encoding: .utf8)
        try Data([0x41, 0xFF]).write(to: directory.appendingPathComponent("latin.txt"))
        let story = """
            {"format": "storyscope-story", "version": 1, "id": "t", "title": "T", "summary": "S",
             "documents": [{"id": "doc", "title": "D", "textFile": "FILE"}],
             "entities": [{"id": "alice", "name": "Alice", "kind": "person", "role": "r", "description": "d"}]}
            """
        let good = directory.appendingPathComponent("good.json")
        try story.replacingOccurrences(of: "FILE", with: "text.txt").write(to: good, atomically: true, encoding: .utf8)
        let loaded = try StoryLoader().load(path: good.path)
        #expect(loaded.entities[0].mentions.map(\.evidence.start) == [0])
        for (file, expected) in [
            ("latin.txt", "is not UTF-8 (byte 0xFF at offset 1)"),
            ("missing.txt", "cannot use textFile \"missing.txt\": no such file"),
        ] {
            let bad = directory.appendingPathComponent("bad.json")
            try story.replacingOccurrences(of: "FILE", with: file).write(to: bad, atomically: true, encoding: .utf8)
            #expect(throws: StoryLoadError.self) { try StoryLoader().load(path: bad.path) }
            do { _ = try StoryLoader().load(path: bad.path) } catch {
                #expect(error.description.contains("$.documents[0].textFile: cannot use textFile \"\(file)\""))
                #expect(error.description.contains(expected))
            }
        }
    }
}
