/// A strict RFC 8259 parser over UTF-8 bytes. It never traps on bad input: every problem
/// becomes a `JSONSyntaxError` with the byte offset where it was found.
struct JSONSyntaxError: Error, Sendable, Equatable {
    var offset: Int
    var message: String
}

struct JSONParser {
    static let defaultMaxDepth = 256

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private let maxDepth: Int

    /// Parses one JSON document. A leading UTF-8 byte order mark is skipped.
    static func parse(_ input: [UInt8], maxDepth: Int = defaultMaxDepth) throws(JSONSyntaxError) -> JSONValue {
        let result: Result<JSONValue, JSONSyntaxError> = input.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer, maxDepth: maxDepth)
            do throws(JSONSyntaxError) {
                return .success(try parser.parseDocument())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    private mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
        skipWhitespace()
        if position == bytes.count {
            throw JSONSyntaxError(offset: position, message: "the file is empty; expected a JSON object")
        }
        let value = try parseValue(depth: 0)
        skipWhitespace()
        if position < bytes.count {
            throw error("unexpected \(describeByte(at: position)) after the end of the JSON value")
        }
        return value
    }

    private func error(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(offset: offset ?? position, message: message)
    }

    private func describeByte(at offset: Int) -> String {
        guard offset < bytes.count else { return "end of file" }
        let byte = bytes[offset]
        if byte >= 0x21 && byte < 0x7F { return "character '\(Character(Unicode.Scalar(byte)))'" }
        if byte >= 0x80 { return "non-ASCII byte 0x\(String(byte, radix: 16, uppercase: true))" }
        return "control byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard position < bytes.count else {
            throw error("unexpected end of file; expected a value (the file may be truncated)")
        }
        let start = position
        switch bytes[position] {
        case UInt8(ascii: "{"):
            return JSONValue(.object(try parseObject(depth: depth + 1)), offset: start)
        case UInt8(ascii: "["):
            return JSONValue(.array(try parseArray(depth: depth + 1)), offset: start)
        case UInt8(ascii: "\""):
            return JSONValue(.string(try parseString()), offset: start)
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return JSONValue(.bool(true), offset: start)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return JSONValue(.bool(false), offset: start)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return JSONValue(.null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONValue(.number(try parseNumber()), offset: start)
        default:
            throw error("unexpected \(describeByte(at: position)); expected a value")
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
        let start = position
        let count = literal.utf8CodeUnitCount
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: count)
        for index in 0..<count {
            guard position < bytes.count, bytes[position] == expected[index] else {
                throw error("invalid literal; expected '\(literal)'", at: start)
            }
            position += 1
        }
    }

    private mutating func enter(_ depth: Int) throws(JSONSyntaxError) {
        if depth > maxDepth {
            throw error("nesting is deeper than \(maxDepth) levels")
        }
    }

    private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> [JSONMember] {
        try enter(depth)
        let open = position
        position += 1
        var members: [JSONMember] = []
        var seen: Set<ByteKey> = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return members
        }
        while true {
            skipWhitespace()
            guard position < bytes.count else {
                throw error(
                    "unexpected end of file inside the object opened at byte \(open) (the file may be truncated)")
            }
            guard bytes[position] == UInt8(ascii: "\"") else {
                throw error("unexpected \(describeByte(at: position)); expected a quoted key")
            }
            let keyOffset = position
            let key = try parseString()
            // Most objects are small: a scan of their keys is cheaper than a dictionary.
            let duplicate: Bool
            // Keys are compared byte for byte: "café" and "cafe\u{301}" are two keys.
            if members.count < 12 {
                duplicate = members.contains { sameBytes($0.key, key) }
            } else {
                if seen.isEmpty { for member in members { seen.insert(ByteKey(member.key)) } }
                duplicate = !seen.insert(ByteKey(key)).inserted
            }
            if duplicate {
                throw error("duplicate key \(quoted(key)) in one object", at: keyOffset)
            }
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                throw error("unexpected \(describeByte(at: position)); expected ':' after the key \(quoted(key))")
            }
            position += 1
            skipWhitespace()
            let value = try parseValue(depth: depth)
            members.append(JSONMember(key: key, keyOffset: keyOffset, value: value))
            skipWhitespace()
            guard position < bytes.count else {
                throw error("unexpected end of file inside an object (the file may be truncated)")
            }
            switch bytes[position] {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"):
                position += 1
                return members
            default: throw error("unexpected \(describeByte(at: position)); expected ',' or '}'")
            }
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> [JSONValue] {
        try enter(depth)
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return elements
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue(depth: depth))
            skipWhitespace()
            guard position < bytes.count else {
                throw error("unexpected end of file inside an array (the file may be truncated)")
            }
            switch bytes[position] {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"):
                position += 1
                return elements
            default: throw error("unexpected \(describeByte(at: position)); expected ',' or ']'")
            }
        }
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> String {
        let start = position
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count, isDigit(bytes[position]) else {
            throw error("invalid number: expected a digit", at: start)
        }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count, isDigit(bytes[position]) {
                throw error("invalid number: leading zeros are not allowed", at: start)
            }
        } else {
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard position < bytes.count, isDigit(bytes[position]) else {
                throw error("invalid number: expected a digit after '.'", at: start)
            }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard position < bytes.count, isDigit(bytes[position]) else {
                throw error("invalid number: expected a digit in the exponent", at: start)
            }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    /// Parses a string starting at the opening quote. Raw control characters are rejected
    /// (JSON requires them escaped); escaped ones, ESC included, are kept as data.
    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let open = position
        position += 1
        let contentStart = position
        var hasEscapes = false
        var asciiOnly = true
        // Fast scan to the closing quote.
        while true {
            position = ByteScanning.skipPlainStringBytes(bytes, from: position)
            guard position < bytes.count else {
                throw error("unterminated string (the file may be truncated)", at: open)
            }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                position += 2
                continue
            }
            if byte < 0x20 {
                throw error(
                    "control character U+\(hex4(UInt32(byte))) inside a string; write it as \\u\(hex4(UInt32(byte)))")
            }
            if byte >= 0x80 { asciiOnly = false }
            position += 1
        }
        let contentEnd = position
        position += 1
        let raw = UnsafeBufferPointer(rebasing: bytes[contentStart..<contentEnd])
        if !asciiOnly, let bad = firstInvalidUTF8(in: raw) {
            throw error(
                "invalid UTF-8 (byte 0x\(String(raw[bad], radix: 16, uppercase: true))); the file must be UTF-8",
                at: contentStart + bad)
        }
        if !hasEscapes {
            return String(decoding: raw, as: UTF8.self)
        }
        return try unescape(raw, base: contentStart)
    }

    private func unescape(_ raw: UnsafeBufferPointer<UInt8>, base: Int) throws(JSONSyntaxError) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var index = 0
        func hexValue(_ at: Int) throws(JSONSyntaxError) -> UInt32 {
            guard at + 4 <= raw.count else { throw error("truncated \\u escape", at: base + at) }
            var value: UInt32 = 0
            for offset in 0..<4 {
                let byte = raw[at + offset]
                let digit: UInt32
                switch byte {
                case 0x30...0x39: digit = UInt32(byte - 0x30)
                case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
                case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
                default: throw error("invalid \\u escape: expected four hex digits", at: base + at)
                }
                value = value * 16 + digit
            }
            return value
        }
        while index < raw.count {
            let byte = raw[index]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                index += 1
                continue
            }
            guard index + 1 < raw.count else {
                throw error("unfinished escape at the end of a string", at: base + index)
            }
            let escape = raw[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hexValue(index)
                index += 4
                if (0xD800...0xDBFF).contains(scalar) {
                    guard index + 6 <= raw.count, raw[index] == UInt8(ascii: "\\"), raw[index + 1] == UInt8(ascii: "u")
                    else {
                        throw error(
                            "invalid \\u escape: a high surrogate must be followed by a low surrogate",
                            at: base + index - 6)
                    }
                    let low = try hexValue(index + 2)
                    guard (0xDC00...0xDFFF).contains(low) else {
                        throw error(
                            "invalid \\u escape: a high surrogate must be followed by a low surrogate", at: base + index
                        )
                    }
                    index += 6
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw error("invalid \\u escape: lone low surrogate", at: base + index - 6)
                }
                // Surrogates were handled above, so this always succeeds.
                out.append(contentsOf: String(Unicode.Scalar(scalar) ?? "\u{FFFD}").utf8)
            default:
                throw error("invalid escape '\\\(Character(Unicode.Scalar(escape)))'", at: base + index - 2)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

/// The index of the first byte that is not part of a well-formed UTF-8 sequence, if any.
public func firstInvalidUTF8(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard bytes.count > 0 else { return nil }
    var index = 0
    while index < bytes.count {
        index = ByteScanning.skipASCII(bytes, from: index)
        guard index < bytes.count else { return nil }
        let lead = bytes[index]
        let length: Int
        var lowerBound: UInt8 = 0x80
        var upperBound: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            lowerBound = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            upperBound = 0x9F
        case 0xF0:
            length = 4
            lowerBound = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            upperBound = 0x8F
        default: return index
        }
        guard index + length <= bytes.count else { return index }
        let second = bytes[index + 1]
        if second < lowerBound || second > upperBound { return index }
        for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 {
            return index
        }
        index += length
    }
    return nil
}

/// A string that hashes and compares by its UTF-8 bytes, where String would use Unicode
/// canonical equivalence.
struct ByteKey: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (lhs: ByteKey, rhs: ByteKey) -> Bool { sameBytes(lhs.text, rhs.text) }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
