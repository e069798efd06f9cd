import Foundation
import Testing

@testable import StoryModel

/// A fuzz target for the loader, run here for a bounded number of inputs from fixed seeds.
/// Longer by hand: `FUZZ_INPUTS=100000 swift test --filter LoaderFuzzTests`.
///
/// Inputs are mutations of the embedded story and of a small one: at the level of bytes
/// (flips, cuts, insertions of JSON punctuation, a spliced copy) and of the JSON tree (strings
/// replaced with hostile text, numbers with edge values, ids swapped, items duplicated or
/// dropped). For every input the loader must answer without trapping; every problem must be
/// one line of visible text that names the file; and a story that loads must survive export:
/// `load(export(s)) == s`, with a Markdown briefing of visible text.
@Suite struct LoaderFuzzTests {
    static let inputs = ProcessInfo.processInfo.environment["FUZZ_INPUTS"].flatMap(Int.init) ?? 1_000

    static let hostileStrings = [
        "\u{1B}]0;pwned\u{07}", "\u{9B}2J", "line\nbreak", "\u{202E}txt.exe", "\u{0}", " ", "",
        "caf\u{E9}", "cafe\u{301}", "🇺🇦👨\u{200D}👩", String(repeating: "x", count: 5000), "a", "\u{2028}",
    ]
    static let edgeNumbers = ["-1", "0", "1.0", "1e0", "1e999", "99999999999999999999", "2.5", "-0"]

    static let seeds: [(name: String, json: String)] = [
        ("embedded", StoryLoader.embeddedAsset(named: StoryLoader.embeddedStoryName)!),
        ("small", storyJSON()),
    ]

    @Test(arguments: [UInt64(101), 202, 303, 404])
    func mutatedStoriesNeverTrapAndAnswerClearly(seed: UInt64) throws {
        var random = SplitMix(seed: seed)
        var loaded = 0
        for round in 0..<Self.inputs {
            let base = Self.seeds[round % 5 == 0 ? 0 : 1].json
            let input =
                Int(random.next() % 2) == 0
                ? Self.mutateBytes(Array(base.utf8), &random)
                : Array(Self.mutateTree(base, &random).utf8)
            let name = "fuzz-\(seed)-\(round).json"
            do {
                let story = try StoryLoader().load(bytes: input, name: name) { _ in
                    .failure(.init(message: "no files here"))
                }
                loaded += 1
                try Self.checkRoundTrip(story, name: name)
            } catch let error as StoryLoadError {
                Self.checkDiagnostics(error, name: name, input: input)
            }
        }
        #expect(loaded > 0, "some mutations load, so the round trip is exercised")
    }

    static func checkDiagnostics(_ error: StoryLoadError, name: String, input: [UInt8]) {
        #expect(!error.diagnostics.isEmpty)
        #expect(error.diagnostics.count <= DecodeContext.maxListed + 1)
        for diagnostic in error.diagnostics {
            let line = diagnostic.description
            let context =
                "\(line.prefix(200)) for \(String(decoding: input.prefix(80), as: UTF8.self).debugDescription)"
            #expect(line.hasPrefix("\(name):"), "\(context)")
            #expect(line.contains(": error: "), "\(context)")
            #expect(line.count < 400, "a message of \(line.count) characters: \(context)")
            #expect(!line.unicodeScalars.contains { isControl($0) || isBidiControl($0) }, "\(context)")
        }
    }

    static func checkRoundTrip(_ story: Story, name: String) throws {
        let exported = JSONExport.render(story)
        do {
            let again = try StoryLoader().load(bytes: Array(exported.utf8), name: "export of \(name)") { _ in
                .failure(.init(message: ""))
            }
            #expect(again == story, "\(name): the export loads as a different story")
        } catch {
            Issue.record("\(name): its export does not load: \(error.description.prefix(300))")
        }
        let briefing = MarkdownExport.render(story)
        #expect(!briefing.unicodeScalars.contains { (isControl($0) && $0 != "\n") || isBidiControl($0) }, "\(name)")
    }

    // MARK: Mutations

    static func mutateBytes(_ bytes: [UInt8], _ random: inout SplitMix) -> [UInt8] {
        var bytes = bytes
        let tokens: [[UInt8]] = [
            "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "1e9", "null", "\u{0}", "\u{1B}", "\u{FF}", "\u{C3}",
        ]
        .map { Array($0.utf8) }
        for _ in 0..<(1 + Int(random.next() % 4)) where !bytes.isEmpty {
            let at = Int(random.next() % UInt64(bytes.count))
            switch random.next() % 5 {
            case 0: bytes[at] ^= UInt8(1 << (random.next() % 8))
            case 1: bytes.removeSubrange(at..<min(bytes.count, at + 1 + Int(random.next() % 40)))
            case 2: bytes.insert(contentsOf: tokens[Int(random.next() % UInt64(tokens.count))], at: at)
            case 3: bytes = Array(bytes[..<at])
            default:
                let from = Int(random.next() % UInt64(bytes.count))
                bytes.insert(contentsOf: bytes[from..<min(bytes.count, from + Int(random.next() % 200))], at: at)
            }
        }
        if random.next() % 7 == 0, !bytes.isEmpty { bytes[0] = 0xEF }  // half a byte-order mark
        return bytes
    }

    static func mutateTree(_ json: String, _ random: inout SplitMix) -> String {
        guard var root = try? JSONParser.parse(Array(json.utf8)) else { return json }
        var ids: [String] = []
        collectIDs(root, into: &ids)
        for _ in 0..<(1 + Int(random.next() % 5)) {
            mutate(&root, ids: ids, &random, depth: 0)
        }
        return JSONWriter.render(root)
    }

    static func collectIDs(_ value: JSONValue, into ids: inout [String]) {
        switch value.kind {
        case .object(let members):
            for member in members {
                if member.key == "id", case .string(let id) = member.value.kind { ids.append(id) }
                collectIDs(member.value, into: &ids)
            }
        case .array(let elements): for element in elements { collectIDs(element, into: &ids) }
        default: break
        }
    }

    /// Walks one random path down the tree and changes what it ends at.
    static func mutate(_ value: inout JSONValue, ids: [String], _ random: inout SplitMix, depth: Int) {
        switch value.kind {
        case .object(var members) where !members.isEmpty && random.next() % 4 != 0:
            let index = Int(random.next() % UInt64(members.count))
            if random.next() % 10 == 0 {
                members.remove(at: index)
            } else {
                mutate(&members[index].value, ids: ids, &random, depth: depth + 1)
            }
            value.kind = .object(members)
        case .array(var elements) where !elements.isEmpty && random.next() % 4 != 0:
            let index = Int(random.next() % UInt64(elements.count))
            switch random.next() % 8 {
            case 0: elements.remove(at: index)
            case 1: elements.append(elements[index])
            default: mutate(&elements[index], ids: ids, &random, depth: depth + 1)
            }
            value.kind = .array(elements)
        case .string(let text):
            switch random.next() % 4 {
            case 0 where !ids.isEmpty: value.kind = .string(ids[Int(random.next() % UInt64(ids.count))])
            case 1: value.kind = .string(text + hostileStrings[Int(random.next() % UInt64(hostileStrings.count))])
            case 2: value.kind = .string(hostileStrings[Int(random.next() % UInt64(hostileStrings.count))])
            default: value.kind = .number(edgeNumbers[Int(random.next() % UInt64(edgeNumbers.count))])
            }
        case .number:
            value.kind =
                random.next() % 5 == 0
                ? .string("1") : .number(edgeNumbers[Int(random.next() % UInt64(edgeNumbers.count))])
        default:
            value.kind =
                [JSONValue.Kind.null, .bool(true), .array([]), .object([]), .string("")][Int(random.next() % 5)]
        }
    }
}
