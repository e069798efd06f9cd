import Testing

@testable import StoryModel

@Suite struct JSONParserTests {
    func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

    func syntaxError(_ text: String) -> JSONSyntaxError? {
        do {
            _ = try parse(text)
            return nil
        } catch { return error }
    }

    @Test func parsesEveryKindOfValueWithOffsets() throws {
        let value = try parse(#" {"a": [1, -2.5e3, true, false, null], "b": "x\u00e9\n"} "#)
        guard case .object(let members) = value.kind else {
            Issue.record("not an object")
            return
        }
        #expect(value.offset == 1)
        #expect(members.map(\.key) == ["a", "b"])
        #expect(members[1].value.kind == .string("xé\n"))
        guard case .array(let items) = members[0].value.kind else {
            Issue.record("not an array")
            return
        }
        #expect(items.map(\.kind) == [.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null])
        #expect(items[1].offset == 11)
    }

    @Test func decodesSurrogatePairsAndKeepsEscapedControlCharactersAsData() throws {
        let value = try parse(#""\ud83d\ude00 \u001b[31m""#)
        #expect(value.kind == .string("😀 \u{1B}[31m"))
    }

    @Test(arguments: [
        ("", "the file is empty"),
        ("   ", "the file is empty"),
        ("{\"a\": 1", "unexpected end of file"),
        ("{\"a\": \"abc", "unterminated string"),
        ("[1, 2", "unexpected end of file inside an array"),
        ("{\"a\" 1}", "expected ':'"),
        ("{a: 1}", "expected a quoted key"),
        ("[01]", "leading zeros"),
        ("[1.]", "expected a digit after '.'"),
        ("[tru]", "invalid literal"),
        ("{} {}", "after the end of the JSON value"),
        ("\"\\x\"", "invalid escape"),
        ("\"\\ud800\"", "high surrogate"),
        ("\"\\udc00\"", "lone low surrogate"),
        ("\"a\u{01}b\"", "control character U+0001"),
        ("{\"a\": 1, \"a\": 2}", "duplicate key"),
    ])
    func rejectsMalformedInput(text: String, expected: String) {
        let error = syntaxError(text)
        #expect(error?.message.contains(expected) == true, "got \(String(describing: error))")
    }

    @Test func rejectsInvalidUTF8InsideStrings() {
        var bytes = Array("{\"a\": \"ok".utf8)
        bytes += [0xFF, 0x22, 0x7D]
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(bytes) }
        #expect(firstInvalidUTF8InArray([0xC3, 0xA9, 0xE2, 0x82]) == 2)
        #expect(firstInvalidUTF8InArray([0xED, 0xA0, 0x80]) == 0)  // an encoded surrogate
        #expect(firstInvalidUTF8InArray(Array("ok é 😀".utf8)) == nil)
    }

    @Test func refusesDeepNestingWithoutRecursingFurther() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = syntaxError(deep)
        #expect(error?.message.contains("nesting is deeper than 256") == true)
        let fine = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(syntaxError(fine) == nil)
    }

    @Test func writerEscapesControlCharactersAndRoundTrips() throws {
        let original = JSONValue.object([
            ("text", .string("quote \" backslash \\ esc \u{1B} c1 \u{85} tab\t")),
            ("list", .array([.int(1), .bool(false)])),
            ("empty", .array([])),
        ])
        let written = JSONWriter.render(original)
        #expect(!written.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x85 })
        let reparsed = try parse(written)
        guard case .object(let members) = reparsed.kind else {
            Issue.record("not an object")
            return
        }
        #expect(members[0].value.kind == .string("quote \" backslash \\ esc \u{1B} c1 \u{85} tab\t"))
    }
}

func firstInvalidUTF8InArray(_ bytes: [UInt8]) -> Int? { bytes.withUnsafeBufferPointer(firstInvalidUTF8(in:)) }
