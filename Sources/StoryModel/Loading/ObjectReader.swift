/// One step of a JSON path.
enum PathPiece: Sendable {
    case key(String)
    case index(Int)
}

func renderPath(_ pieces: [PathPiece]) -> String {
    var out = "$"
    for piece in pieces {
        switch piece {
        case .key(let key): out += "." + key
        case .index(let index): out += "[\(index)]"
        }
    }
    return out
}

/// Collects diagnostics while a story is decoded, so that all problems are reported at once.
final class DecodeContext {
    let fileName: String
    private let locator: SourceLocator
    private(set) var diagnostics: [(offset: Int, diagnostic: Diagnostic)] = []

    init(fileName: String, bytes: [UInt8]) {
        self.fileName = fileName
        self.locator = SourceLocator(bytes: bytes)
    }

    func error(_ message: String, at offset: Int, path: [PathPiece]) {
        let (line, column) = locator.locate(offset)
        diagnostics.append((offset, Diagnostic(file: fileName, line: line, column: column, path: renderPath(path), message: message)))
    }

    var hasErrors: Bool { !diagnostics.isEmpty }

    func sortedDiagnostics() -> [Diagnostic] {
        diagnostics.enumerated()
            .sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }
            .map(\.element.diagnostic)
    }
}

/// Reads the fields of one JSON object, reporting wrong types, missing fields and unknown
/// keys to the context instead of stopping at the first.
struct ObjectReader {
    let members: [JSONMember]
    let offset: Int
    let path: [PathPiece]
    let context: DecodeContext

    /// Nil (with an error reported) when the value is not an object.
    init?(_ value: JSONValue, path: [PathPiece], context: DecodeContext, what: String, known: [String]) {
        guard case .object(let members) = value.kind else {
            context.error("expected \(what) (an object), found \(value.typeName)", at: value.offset, path: path)
            return nil
        }
        self.members = members
        self.offset = value.offset
        self.path = path
        self.context = context
        for member in members where !known.contains(member.key) {
            var message = "unknown field \"\(member.key)\" in \(what)"
            if let suggestion = closestMatch(to: member.key, in: known) { message += "; did you mean \"\(suggestion)\"?" }
            context.error(message, at: member.keyOffset, path: path)
        }
    }

    func value(_ key: String) -> JSONValue? {
        for member in members where member.key == key { return member.value }
        return nil
    }

    func childPath(_ key: String) -> [PathPiece] { path + [.key(key)] }

    func missing(_ key: String, _ what: String) {
        context.error("missing required field \"\(key)\" (\(what))", at: offset, path: path)
    }

    func wrongType(_ key: String, _ value: JSONValue, expected: String) {
        context.error("expected \(expected), found \(value.typeName)", at: value.offset, path: childPath(key))
    }

    func string(_ key: String, _ what: String, allowEmpty: Bool = false) -> String? {
        guard let value = value(key) else { missing(key, what); return nil }
        return stringValue(value, key: key, allowEmpty: allowEmpty)
    }

    func optionalString(_ key: String) -> String? {
        guard let value = value(key) else { return nil }
        if case .null = value.kind { return nil }
        return stringValue(value, key: key, allowEmpty: false)
    }

    private func stringValue(_ value: JSONValue, key: String, allowEmpty: Bool) -> String? {
        guard case .string(let text) = value.kind else { wrongType(key, value, expected: "a string"); return nil }
        if !allowEmpty && isBlank(text) {
            context.error("must not be empty", at: value.offset, path: childPath(key))
            return nil
        }
        return text
    }

    func optionalInt(_ key: String) -> Int? {
        guard let value = value(key) else { return nil }
        if case .null = value.kind { return nil }
        guard case .number(let text) = value.kind, let number = Int(text) else {
            wrongType(key, value, expected: "a whole number")
            return nil
        }
        return number
    }

    func optionalBool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        guard case .bool(let flag) = value.kind else { wrongType(key, value, expected: "true or false"); return nil }
        return flag
    }

    /// An optional array of strings; each element is checked.
    func strings(_ key: String) -> [String] {
        guard let value = value(key) else { return [] }
        guard case .array(let elements) = value.kind else { wrongType(key, value, expected: "an array of strings"); return [] }
        var result: [String] = []
        for (index, element) in elements.enumerated() {
            guard case .string(let text) = element.kind, !isBlank(text) else {
                context.error("expected a non-empty string, found \(element.typeName)", at: element.offset, path: childPath(key) + [.index(index)])
                continue
            }
            result.append(text)
        }
        return result
    }

    /// A required value from a closed set of names.
    func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, _ what: String, as: Choice.Type) -> Choice?
    where Choice.RawValue == String {
        guard let text = string(key, what) else { return nil }
        if let choice = Choice(rawValue: text) { return choice }
        let allowed = Choice.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        context.error("unknown \(what) \"\(text)\"; expected one of \(allowed)", at: value(key)!.offset, path: childPath(key))
        return nil
    }

    /// Each element of an array of objects, decoded by `body`; elements that fail are left out.
    func objects<T>(_ key: String, required: Bool, _ what: String, known: [String],
                    _ body: (ObjectReader, Int) -> T?) -> [T] {
        guard let value = value(key) else {
            if required { missing(key, "an array of \(what)s") }
            return []
        }
        guard case .array(let elements) = value.kind else { wrongType(key, value, expected: "an array"); return [] }
        var result: [T] = []
        result.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            guard let reader = ObjectReader(element, path: childPath(key) + [.index(index)], context: context, what: what, known: known) else { continue }
            if let item = body(reader, index) { result.append(item) }
        }
        return result
    }

    func object(_ key: String, _ what: String, known: [String]) -> ObjectReader? {
        guard let value = value(key) else { return nil }
        if case .null = value.kind { return nil }
        return ObjectReader(value, path: childPath(key), context: context, what: what, known: known)
    }

    func error(_ message: String, key: String? = nil) {
        if let key, let value = value(key) {
            context.error(message, at: value.offset, path: childPath(key))
        } else {
            context.error(message, at: offset, path: path)
        }
    }
}

/// The known name closest to a misspelt one, if it is close enough to be a likely typo.
func closestMatch(to word: String, in candidates: [String]) -> String? {
    func distance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
    let target = Array(word.lowercased())
    let scored = candidates.map { ($0, distance(target, Array($0.lowercased()))) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, word.count / 3), best.1 < word.count else { return nil }
    return best.0
}

/// Whether a text is empty or only white space. Scalar by scalar, with an ASCII fast path:
/// most texts answer at their first letter.
func isBlank(_ text: String) -> Bool {
    for scalar in text.unicodeScalars {
        if scalar.isASCII {
            switch scalar.value {
            case 0x20, 0x09...0x0D: continue
            default: return false
            }
        }
        if !scalar.properties.isWhitespace { return false }
    }
    return true
}
