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

/// Collects diagnostics while a story is decoded, so that all problems are reported at once,
/// up to `maxListed`: past that, a broken file of megabytes would cost gigabytes in messages
/// (a file of a few million empty objects holds tens of millions of problems), so the rest
/// are only counted. Lines and columns are worked out at the end, in one pass over the file.
final class DecodeContext {
    static let maxListed = 1_000

    let fileName: String
    private let locator: SourceLocator
    private var problems: [(offset: Int, path: [PathPiece], message: String)] = []
    private(set) var unlisted = 0

    init(fileName: String, bytes: [UInt8]) {
        self.fileName = fileName
        self.locator = SourceLocator(bytes: bytes)
    }

    /// Records a problem; the message and path are made only for problems that are listed.
    func error(_ message: @autoclosure () -> String, at offset: Int, path: @autoclosure () -> [PathPiece]) {
        guard problems.count < Self.maxListed else {
            unlisted += 1
            return
        }
        problems.append((offset, path(), message()))
    }

    var hasErrors: Bool { !problems.isEmpty }

    /// The line of each offset, in one pass over the file.
    func lines(of offsets: [Int]) -> [Int] { locator.locateAll(offsets).map(\.line) }

    /// Every listed problem in file order (problems at one place in the order they were
    /// found), then one line for those not listed.
    func sortedDiagnostics() -> [Diagnostic] {
        let places = locator.locateAll(problems.map(\.offset))
        var listed = problems.indices
            .sorted { (problems[$0].offset, $0) < (problems[$1].offset, $1) }
            .map { index in
                let problem = problems[index]
                return Diagnostic(
                    file: fileName, line: places[index].line, column: places[index].column,
                    path: renderPath(problem.path), message: problem.message)
            }
        if unlisted > 0 {
            listed.append(
                Diagnostic(
                    file: fileName, line: 0, column: 0,
                    message: "\(unlisted) more problems are not listed; the first \(Self.maxListed) found are above"))
        }
        return listed
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
        for member in members
        where !known.contains(where: { $0.utf8.count == member.key.utf8.count && $0 == member.key }) {
            var message = "unknown field \(quoted(member.key)) in \(what)"
            if let suggestion = closestMatch(to: member.key, in: known) {
                message += "; did you mean \"\(suggestion)\"?"
            }
            context.error(message, at: member.keyOffset, path: path)
        }
    }

    /// The value of a key, compared byte for byte (a key is never equal to another spelling
    /// of it under Unicode equivalence). The keys asked for are ASCII; a string canonically
    /// equal to an ASCII one but spelt otherwise (a Kelvin sign for "K") is longer in UTF-8,
    /// so equal lengths and == mean equal bytes, as fast as ==.
    func value(_ key: String) -> JSONValue? {
        for member in members where member.key.utf8.count == key.utf8.count && member.key == key { return member.value }
        return nil
    }

    func childPath(_ key: String) -> [PathPiece] { path + [.key(key)] }

    func missing(_ key: String, _ what: @autoclosure () -> String) {
        context.error("missing required field \"\(key)\" (\(what()))", at: offset, path: path)
    }

    func wrongType(_ key: String, _ value: JSONValue, expected: String) {
        context.error("expected \(expected), found \(value.typeName)", at: value.offset, path: childPath(key))
    }

    func string(_ key: String, _ what: String, allowEmpty: Bool = false) -> String? {
        guard let value = value(key) else {
            missing(key, what)
            return nil
        }
        return stringValue(value, key: key, allowEmpty: allowEmpty)
    }

    /// An optional string; a blank one is an error unless `allowBlank` (white space only,
    /// for excerpts, which must match the text byte for byte), and an empty one always is.
    /// Null is no string: an optional field without a value is left out, as the schema says.
    func optionalString(_ key: String, allowBlank: Bool = false) -> String? {
        guard let value = value(key) else { return nil }
        if allowBlank, case .string(let text) = value.kind, !text.isEmpty { return text }
        return stringValue(value, key: key, allowEmpty: false)
    }

    private func stringValue(_ value: JSONValue, key: String, allowEmpty: Bool) -> String? {
        guard case .string(let text) = value.kind else {
            wrongType(key, value, expected: "a string")
            return nil
        }
        if !allowEmpty && isBlank(text) {
            context.error("must not be empty", at: value.offset, path: childPath(key))
            return nil
        }
        return text
    }

    func optionalInt(_ key: String) -> Int? {
        guard let value = value(key) else { return nil }
        guard case .number(let text) = value.kind, let number = wholeNumber(text) else {
            wrongType(key, value, expected: "a whole number")
            return nil
        }
        return number
    }

    func optionalBool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        guard case .bool(let flag) = value.kind else {
            wrongType(key, value, expected: "true or false")
            return nil
        }
        return flag
    }

    /// An optional array of strings; each element is checked.
    func strings(_ key: String) -> [String] {
        guard let value = value(key) else { return [] }
        guard case .array(let elements) = value.kind else {
            wrongType(key, value, expected: "an array of strings")
            return []
        }
        var result: [String] = []
        for (index, element) in elements.enumerated() {
            guard case .string(let text) = element.kind, !isBlank(text) else {
                context.error(
                    "expected a non-empty string, found \(element.typeName)", at: element.offset,
                    path: childPath(key) + [.index(index)])
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
        // "canceled", "organization", "criticises": a spelling away from the word the format uses.
        let suggestion = closestMatch(to: text.lowercased(), in: Choice.allCases.map(\.rawValue)).map {
            "did you mean \"\($0)\"? "
        }
        context.error(
            "unknown \(what) \(quoted(text)); \(suggestion ?? "")expected one of \(allowed)", at: value(key)!.offset,
            path: childPath(key))
        return nil
    }

    /// Each element of an array of objects, decoded by `body`; elements that fail are left out.
    func objects<T>(
        _ key: String, required: Bool, _ what: String, known: [String],
        _ body: (ObjectReader, Int) -> T?
    ) -> [T] {
        guard let value = value(key) else {
            if required { missing(key, "an array of \(what)s") }
            return []
        }
        guard case .array(let elements) = value.kind else {
            wrongType(key, value, expected: "an array")
            return []
        }
        var result: [T] = []
        result.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            guard
                let reader = ObjectReader(
                    element, path: childPath(key) + [.index(index)], context: context, what: what, known: known)
            else { continue }
            if let item = body(reader, index) { result.append(item) }
        }
        return result
    }

    func object(_ key: String, _ what: String, known: [String]) -> ObjectReader? {
        guard let value = value(key) else { return nil }
        return ObjectReader(value, path: childPath(key), context: context, what: what, known: known)
    }

    func error(_ message: @autoclosure () -> String, key: String? = nil) {
        if let key, let value = value(key) {
            context.error(message(), at: value.offset, path: childPath(key))
        } else {
            context.error(message(), at: offset, path: path)
        }
    }
}

/// The known name closest to a misspelt one, if it is close enough to be a likely typo and
/// does not mean its opposite. Names are compared case-insensitively, scalar by scalar;
/// candidates whose length alone puts them too far away are skipped, and names longer than
/// `suggestionMaxLength` get no suggestion, so a huge name costs nothing.
func closestMatch(to word: String, in candidates: [String]) -> String? {
    guard let target = suggestionScalars(word) else { return nil }
    let allowed = suggestionDistanceLimit(target.count)
    let negated = NegatedName(word)
    var best: (name: String, distance: Int)?
    for candidate in candidates {
        guard let scalars = suggestionScalars(candidate) else { continue }
        let limit = min(allowed, (best?.distance ?? Int.max) - 1)
        if let distance = boundedEditDistance(target, scalars, limit: limit),
            !negated.isOpposite(of: NegatedName(candidate))
        {
            best = (candidate, distance)
        }
    }
    return best?.name
}

let suggestionMaxLength = 64

/// How many edits a name of this length may be from a suggestion.
func suggestionDistanceLimit(_ length: Int) -> Int { min(max(2, length / 3), length - 1) }

/// A name's lower-cased scalars, or nil when it is too long to be worth a suggestion.
func suggestionScalars(_ name: String) -> [UInt32]? {
    var scalars: [UInt32] = []
    for scalar in name.unicodeScalars {
        if scalars.count == suggestionMaxLength { return nil }
        let value = scalar.value
        scalars.append(value >= 0x41 && value <= 0x5A ? value + 0x20 : value)
    }
    return scalars
}

/// The Levenshtein distance between two sequences if it is at most `limit`, else nil. Only
/// the diagonal band of width 2 * limit + 1 is filled, and a row that is all over the limit
/// ends the work.
func boundedEditDistance(_ a: [UInt32], _ b: [UInt32], limit: Int) -> Int? {
    guard limit >= 0, abs(a.count - b.count) <= limit else { return nil }
    guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
    let over = limit + 1
    // Row i holds the distances between a[..<i] and b[..<j]; cells outside the band are `over`.
    var previous = (0...b.count).map { $0 <= limit ? $0 : over }
    var current = [Int](repeating: over, count: b.count + 1)
    for i in 1...a.count {
        let low = max(1, i - limit)
        let high = min(b.count, i + limit)
        current[low - 1] = low == 1 && i <= limit ? i : over
        var rowBest = current[low - 1]
        if low <= high {
            for j in low...high {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                let value = min(substitution, previous[j] + 1, current[j - 1] + 1, over)
                current[j] = value
                rowBest = min(rowBest, value)
            }
        }
        if high < b.count { current[high + 1] = over }
        if rowBest > limit { return nil }
        swap(&previous, &current)
    }
    return previous[b.count] <= limit ? previous[b.count] : nil
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

/// The value of a JSON number that is a whole number within Int's range, however it is
/// written ("1", "1.0", "1e0", "10E-1"), or nil. Exact: digits and exponent are read as
/// written, never through a Double.
func wholeNumber(_ text: String) -> Int? {
    if let plain = Int(text) { return plain }
    let zero = UInt8(ascii: "0")
    var bytes = Array(text.utf8)[...]
    let negative = bytes.first == UInt8(ascii: "-")
    if negative { bytes = bytes.dropFirst() }
    let mantissa = bytes.prefix { $0 != UInt8(ascii: "e") && $0 != UInt8(ascii: "E") }
    var exponent = 0
    if mantissa.count < bytes.count {
        var written = bytes[(mantissa.endIndex + 1)...]
        let exponentNegative = written.first == UInt8(ascii: "-")
        if exponentNegative || written.first == UInt8(ascii: "+") { written = written.dropFirst() }
        guard !written.isEmpty else { return nil }
        for byte in written {
            guard byte >= zero, byte <= zero + 9 else { return nil }
            exponent = min(exponent * 10 + Int(byte - zero), 1_000_000)
        }
        if exponentNegative { exponent = -exponent }
    }
    var digits: [UInt8] = []
    var fractionDigits = 0
    var seenPoint = false
    for byte in mantissa {
        if byte == UInt8(ascii: "."), !seenPoint {
            seenPoint = true
            continue
        }
        guard byte >= zero, byte <= zero + 9 else { return nil }
        digits.append(byte - zero)
        if seenPoint { fractionDigits += 1 }
    }
    exponent -= fractionDigits
    digits = Array(digits.drop { $0 == 0 })
    while digits.last == 0 {
        digits.removeLast()
        exponent += 1
    }
    if digits.isEmpty { return 0 }
    guard exponent >= 0, digits.count + exponent <= 19 else { return nil }
    var result = 0
    for digit in digits + [UInt8](repeating: 0, count: exponent) {
        let (times, overflowed) = result.multipliedReportingOverflow(by: 10)
        let (sum, overflowedAgain) = times.addingReportingOverflow(Int(digit))
        guard !overflowed, !overflowedAgain else { return nil }
        result = sum
    }
    return negative ? -result : result
}
