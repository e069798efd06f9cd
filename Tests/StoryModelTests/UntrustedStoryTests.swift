import Foundation
import Testing

@testable import StoryModel

/// A story file from a stranger: it may not read files outside its folder, and no input makes
/// the loader hang, run out of memory or print a runaway message.
@Suite struct UntrustedStoryTests {
    // MARK: textFile stays inside the story's folder

    /// A folder with a story whose one document is `"textFile": NAME`, and what loading it says.
    final class Folder {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("storyscope-untrusted-\(UUID())")
            try FileManager.default.createDirectory(
                at: url.appendingPathComponent("sub"), withIntermediateDirectories: true)
            try "Alice met Bob.".write(to: url.appendingPathComponent("text.txt"), atomically: true, encoding: .utf8)
            try "Alice met Bob.".write(
                to: url.appendingPathComponent("sub/inner.txt"), atomically: true, encoding: .utf8)
        }
        deinit { try? FileManager.default.removeItem(at: url) }

        func load(textFile name: String) -> Result<Story, StoryLoadError> {
            let story = """
                {"format": "storyscope-story", "version": 1, "id": "t", "title": "T", "summary": "S",
                 "documents": [{"id": "doc", "title": "D", "textFile": \(jsonString(name))}],
                 "entities": [{"id": "alice", "name": "Alice", "kind": "person", "role": "r", "description": "d"}],
                 "events": [{"id": "met", "title": "t", "summary": "s", "status": "happened", "when": {"text": "w"},
                             "evidence": [{"excerpt": "met"}, {"excerpt": "Bob"}]}]}
                """
            let path = url.appendingPathComponent("story.json").path
            _ = FileManager.default.createFile(atPath: path, contents: Data(story.utf8))
            return Result { () throws(StoryLoadError) in try StoryLoader().load(path: path) }
        }

        func refusal(textFile name: String) -> String {
            switch load(textFile: name) {
            case .success: return "loaded"
            case .failure(let error): return error.description
            }
        }
    }

    /// Eight documents naming one text file: the file is read once, and the documents' text
    /// together is bounded, so a story of a few hundred bytes cannot make loading read or hold
    /// gigabytes.
    @Test func aTextFileNamedByManyDocumentsIsReadOnceAndTheirTextIsBounded() throws {
        let documents = (0..<8).map { #"{"id": "d\#($0)", "title": "D", "textFile": "text.txt"}"# }
        let json = """
            {"format": "storyscope-story", "version": 2, "id": "t", "title": "T", "summary": "S",
             "documents": [\(documents.joined(separator: ", "))], "entities": [], "events": []}
            """
        var reads = 0
        var loader = StoryLoader()
        _ = try loader.load(bytes: Array(json.utf8), name: "t.json") { _ in
            reads += 1
            return .success("Alice met Bob.")
        }
        #expect(reads == 1)
        loader.maxTextBytes = 14 * 3
        let refused = try #require(throws: StoryLoadError.self) {
            try loader.load(bytes: Array(json.utf8), name: "t.json") { _ in .success("Alice met Bob.") }
        }
        #expect(refused.diagnostics.count == 5)
        #expect(
            refused.diagnostics[0].description.hasSuffix(
                "$.documents[3].textFile: the documents' text comes to more than 42 bytes, the most one story may hold")
        )
    }

    @Test func aSparseTextFileOfHundredsOfMegabytesIsRefusedFromItsSize() throws {
        let folder = try Folder()
        let big = folder.url.appendingPathComponent("big.txt")
        FileManager.default.createFile(atPath: big.path, contents: Data("Alice met Bob.".utf8))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 200 << 20)
        try handle.close()
        #expect(folder.refusal(textFile: "big.txt").contains("the file is larger than 64.0 MiB (200.0 MiB)"))
    }

    @Test func aTextFileInsideTheFolderLoads() throws {
        let folder = try Folder()
        for name in ["text.txt", "./text.txt", "sub/inner.txt", "sub/../text.txt", "sub//inner.txt"] {
            #expect(throws: Never.self, "\(name)") { try folder.load(textFile: name).get() }
        }
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("link.txt").path, withDestinationPath: "sub/inner.txt")
        #expect(throws: Never.self) { try folder.load(textFile: "link.txt").get() }
    }

    @Test func absolutePathsAndClimbingOutAreRefused() throws {
        let folder = try Folder()
        let absolute = folder.refusal(textFile: "/etc/hostname")
        #expect(
            absolute.hasSuffix(
                "story.json:2:56: error: $.documents[0].textFile: cannot use textFile \"/etc/hostname\": a textFile must name a file inside the story's folder, not an absolute path"
            ))
        #expect(folder.refusal(textFile: "../text.txt").contains("\"..\" leads out of it"))
        #expect(folder.refusal(textFile: "sub/../../text.txt").contains("\"..\" leads out of it"))
        #expect(folder.refusal(textFile: "/proc/self/status").contains("not an absolute path"))
    }

    @Test func aSymbolicLinkOutOfTheFolderIsRefused() throws {
        let folder = try Folder()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("storyscope-outside-\(UUID()).txt")
        try "Alice met Bob.".write(to: outside, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("out.txt").path, withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("zero").path, withDestinationPath: "/dev/zero")
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("up").path, withDestinationPath: "..")
        #expect(folder.refusal(textFile: "out.txt").contains("a symbolic link leads out of it"))
        #expect(folder.refusal(textFile: "zero").contains("a symbolic link leads out of it"))
        #expect(folder.refusal(textFile: "up/\(outside.lastPathComponent)").contains("a symbolic link leads out of it"))
    }

    @Test func onlyRegularFilesAreRead() throws {
        let folder = try Folder()
        // A FIFO with no writer: opening it must not wait for one.
        #expect(mkfifo(folder.url.appendingPathComponent("fifo").path, 0o600) == 0)
        #expect(folder.refusal(textFile: "fifo").contains("is a pipe, not a regular file"))
        #expect(folder.refusal(textFile: "sub").contains("is a directory"))
    }

    @Test func aNulInTheNameIsRefused() throws {
        let folder = try Folder()
        #expect(folder.refusal(textFile: "text.txt\u{0}.ignored").contains("a file name cannot hold a NUL character"))
    }

    @Test func aMissingTextFileIsOneErrorNotOnePerPieceOfEvidence() throws {
        let folder = try Folder()
        let lines = folder.refusal(textFile: "missing.txt").split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasSuffix("cannot use textFile \"missing.txt\": no such file") == true)
    }

    @Test func aDeviceIsNotReadAsAStory() {
        do {
            _ = try StoryLoader().load(path: "/dev/zero")
            Issue.record("loaded /dev/zero")
        } catch {
            #expect(error.description == "/dev/zero: error: cannot read the file: is a device, not a regular file")
        }
    }

    // MARK: What the loader accepts

    @Test func theStoryIDKeepsToItsPattern() {
        let json = storyJSON().replacingOccurrences(of: "\"id\": \"test\"", with: "\"id\": \"\\u001b]0;x\\u0007\"")
        #expect(
            messages(json) == [
                "test.json:1:52: error: $.id: id \"^[]0;x^G\" may use only ASCII letters, digits, '-', '_' and '.'"
            ])
    }

    @Test func wholeNumbersMayBeWrittenAsDecimals() throws {
        let json = storyJSON().replacingOccurrences(of: "\"version\": 1,", with: "\"version\": 1.0,")
        #expect(throws: Never.self) { try load(json) }
        #expect(wholeNumber("1e0") == 1)
        #expect(wholeNumber("10E-1") == 1)
        #expect(wholeNumber("0.50e1") == 5)
        #expect(wholeNumber("-2.000") == -2)
        #expect(wholeNumber("0.0") == 0)
        #expect(wholeNumber("1.5") == nil)
        #expect(wholeNumber("1e-1") == nil)
        #expect(wholeNumber("1e999999999999") == nil)
        #expect(wholeNumber("9223372036854775807") == Int.max)
        #expect(wholeNumber("9.223372036854775808e18") == nil)
        let half = storyJSON().replacingOccurrences(of: "\"version\": 1,", with: "\"version\": 1.5,")
        #expect(messages(half).first?.hasSuffix("$.version: expected a whole number, found a number") == true)
    }

    @Test func keysAndExcerptsCompareByteForByte() {
        // "café" written composed and decomposed: two different keys, both unknown.
        let keys = storyJSON(extraTop: " \"caf\u{E9}\": 1, \"cafe\u{301}\": 2,")
        let found = messages(keys)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.contains("unknown field") })
        // An excerpt composed over decomposed text is not verbatim, as a span's excerpt or alone.
        let text = "The cafe\u{301} opened."
        let entities = """
            [{"id": "cafe", "name": "Cafe", "kind": "place", "role": "r", "description": "d",
              "mentions": [{"excerpt": "caf\u{E9}"}, {"start": 4, "end": 9, "excerpt": "caf\u{E9}"}]}]
            """
        let excerpts = messages(storyJSON(text: text, entities: entities, events: "[]", claims: "[]"))
        #expect(excerpts.count == 2)
        #expect(excerpts[0].contains("is not found verbatim"))
        #expect(excerpts[1].contains("excerpt does not match the text at 4..<9"))
    }

    @Test func aSpanOverWhiteSpaceSurvivesExportAndLoad() throws {
        let entities = """
            [{"id": "alice", "name": "Alice", "kind": "person", "role": "r", "description": "d",
              "mentions": [{"start": 5, "end": 6}]},
             {"id": "bob", "name": "Bob", "kind": "person", "role": "r", "description": "d"}]
            """
        let story = try load(storyJSON(entities: entities))
        #expect(story.entities[0].mentions[0].evidence.excerpt == " ")
        let again = try load(JSONExport.render(story))
        #expect(again == story)
        #expect(
            messages(
                storyJSON(
                    entities: entities.replacingOccurrences(
                        of: "{\"start\": 5, \"end\": 6}", with: "{\"excerpt\": \"\"}"))
            )
            .first?.contains("mentions[0].excerpt: must not be empty") == true)
    }

    // MARK: Bounded work and bounded messages

    @Test func longNamesAreCutInMessages() {
        let key = String(repeating: "k", count: 1 << 20)
        let found = messages(storyJSON(extraTop: " \"\(key)\": 1,"))
        #expect(found.count == 1)
        #expect(found[0].count < 200)
        #expect(found[0].contains("unknown field \"kkkk"))
        #expect(found[0].contains("…\" in a story"))
    }

    @Test func didYouMeanStillAnswersWithManyUnknownReferences() {
        let entities = (0..<3000).map {
            "{\"id\": \"person-\($0)\", \"name\": \"P\($0)\", \"kind\": \"person\", \"role\": \"r\", \"description\": \"d\"}"
        }
        let claims = (0..<3000).map {
            "{\"id\": \"c\($0)\", \"speaker\": \"persn-\($0)\", \"paraphrase\": \"p\", \"reach\": \"said\", \"evidence\": [{\"excerpt\": \"Alice met\"}]}"
        }
        let found = diagnostics(
            storyJSON(
                entities: "[\(entities.joined(separator: ","))]", events: "[]",
                claims: "[\(claims.joined(separator: ","))]"))
        #expect(found.count == 1001)
        #expect(found.first?.message == "unknown entity \"persn-0\"; did you mean \"person-0\"?")
        #expect(found.filter { $0.message.contains("did you mean") }.count > 100)
        #expect(
            found.last?.description
                == "test.json: error: 2000 more problems are not listed; the first 1000 found are above")
    }

    /// Three and a half million empty objects, five problems each: a thousand are listed and
    /// the rest counted, instead of gigabytes of messages.
    @Test func aFileOfMillionsOfProblemsListsAThousand() {
        let objects = Array(repeating: "{}", count: 200_000).joined(separator: ",")
        let found = messages(storyJSON(entities: "[\(objects)]", events: "[]", claims: "[]"))
        #expect(found.count == 1001)
        #expect(found.last == "test.json: error: 999000 more problems are not listed; the first 1000 found are above")
    }

    @Test func theUnknownDocumentMessageNamesAFewDocuments() {
        let documents = (0..<50).map { "{\"id\": \"d\($0)\", \"title\": \"D\", \"text\": \"Some text.\"}" }.joined(
            separator: ",")
        let json = """
            {"format": "storyscope-story", "version": 1, "id": "t", "title": "T", "summary": "S", "documents": [\(documents)],
             "entities": [{"id": "e", "name": "E", "kind": "person", "role": "r", "description": "d",
                           "mentions": [{"document": "nowhere", "excerpt": "Some"}]}]}
            """
        #expect(
            messages(json).first?.hasSuffix(
                "unknown document \"nowhere\"; the story's documents are \"d0\", \"d1\", \"d2\", \"d3\", \"d4\" and 45 more"
            ) == true)
    }

    @Test func manyEntitiesSharingOneShortNameStopWithAnError() {
        let text = Array(repeating: "a", count: 5000).joined(separator: " ")
        let entities = (0..<1000).map {
            "{\"id\": \"a\($0)\", \"name\": \"a\", \"kind\": \"person\", \"role\": \"r\", \"description\": \"d\"}"
        }
        let found = messages(
            storyJSON(text: text, entities: "[\(entities.joined(separator: ","))]", events: "[]", claims: "[]"))
        #expect(found.count == 1)
        #expect(
            found.first?.contains("$.entities[0]: names and aliases match the text in more than 4000000 places") == true
        )
    }

    @Test func namesOfTooManyWordsAreRefused() {
        let long = Array(repeating: "Anna", count: 33).joined(separator: " ")
        let entities =
            "[{\"id\": \"a\", \"name\": \"Alice\", \"aliases\": [\"Al\", \"\(long)\"], \"kind\": \"person\", \"role\": \"r\", \"description\": \"d\"}]"
        #expect(
            messages(storyJSON(entities: entities, events: "[]", claims: "[]")).first?
                .contains("$.entities[0].aliases[1]: a name or alias may have at most 32 words") == true)
    }

    @Test func aLongExcerptOverRepetitiveTextIsAnsweredAtOnce() {
        let text = String(repeating: "a", count: 1 << 20)
        let entities = """
            [{"id": "x", "name": "X", "kind": "person", "role": "r", "description": "d",
              "mentions": [{"excerpt": "\(String(repeating: "a", count: 1 << 16))b"}, {"excerpt": "aaaa"}, {"excerpt": "aaaa", "occurrence": 1048577}]}]
            """
        let found = messages(storyJSON(text: text, entities: entities, events: "[]", claims: "[]"))
        #expect(found.count == 3)
        #expect(found[0].contains("is not found verbatim"))
        #expect(
            found[1].contains(
                "excerpt \"aaaa\" occurs more than 1000 times in document \"doc\" (lines 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 and more)"
            ))
        #expect(found[2].contains("occurrence 1048577 is out of range: the excerpt occurs 1048573 times"))
    }

    @Test func problemsArePlacedAsOneAtATimeWouldPlaceThem() {
        var random = SplitMix(seed: 11)
        let text = (0..<400).map { _ in ["ab", "\n", "é", "日本", "\r\n", "x y "][Int(random.next() % 6)] }.joined()
        let bytes = Array(text.utf8)
        let offsets = (0..<300).map { _ in Int(random.next() % UInt64(bytes.count + 3)) }
        let locator = SourceLocator(bytes: bytes)
        let all = locator.locateAll(offsets)
        for (offset, place) in zip(offsets, all) {
            let prefix = bytes[..<min(offset, bytes.count)]
            let line = prefix.filter { $0 == 0x0A }.count + 1
            let lineStart = (prefix.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
            let column = prefix[lineStart...].filter { $0 & 0xC0 != 0x80 }.count + 1
            #expect(place.line == line && place.column == column, "offset \(offset)")
        }
    }

    @Test func excerptsFoundThroughTheIndexAreThoseAScanFinds() {
        var random = SplitMix(seed: 5)
        for round in 0..<40 {
            let alphabet = ["a", "b", "c", "é", " "].prefix(2 + round % 4)
            let text = (0..<(200 + round * 37)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
                .joined()
            let document = DocumentText(text)
            let bytes = Array(text.utf8)
            let indexed = ExcerptFinder(text: document, allowance: SearchAllowance(), indexAfter: 0)
            for _ in 0..<30 {
                let start = Int(random.next() % UInt64(bytes.count))
                let length = 1 + Int(random.next() % 12)
                var needle = Array(bytes[start..<min(bytes.count, start + length)])
                if random.next() % 3 == 0 { needle.append(UInt8(ascii: "a")) }
                let limit = Int(random.next() % 5)
                let expected = (0...(bytes.count - needle.count)).filter {
                    bytes[$0..<($0 + needle.count)].elementsEqual(needle)
                }.prefix(limit + 1)
                #expect(indexed.occurrences(of: needle, limit: limit) == .found(Array(expected)))
            }
        }
    }

    @Test func theSearchAllowanceEndsASearchThatWouldRunLong() {
        // Random text over two letters holds every 4-letter string of them, so the index cannot
        // rule out a long excerpt of the same letters that occurs nowhere: each lookup checks
        // thousands of places, until the allowance is spent.
        var random = SplitMix(seed: 3)
        let text = String((0..<(1 << 16)).map { _ in random.next() % 2 == 0 ? "a" : "b" })
        let finder = ExcerptFinder(text: DocumentText(text), allowance: SearchAllowance(bytes: 1 << 20), indexAfter: 0)
        var answers: [ExcerptFinder.Answer] = []
        for _ in 0..<100 {
            let needle = (0..<48).map { _ in random.next() % 2 == 0 ? UInt8(ascii: "a") : UInt8(ascii: "b") }
            answers.append(finder.occurrences(of: needle, limit: 10))
        }
        #expect(answers.first == .found([]))
        #expect(answers.last == .tooCostly)
    }
}

/// SplitMix64: a small seeded generator, so a failure names its seed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
