import Foundation

@testable import StoryModel

/// A JSON Schema (2020-12) validator for the keywords story.schema.json uses, so that tests can
/// ask the schema, as an editor would, whether it accepts a file. A keyword it does not know is
/// an error of its own: the schema must not state a rule the tests cannot check.
struct SchemaValidator {
    let root: JSONValue
    /// The schema's patterns, compiled once.
    private let expressions: [String: NSRegularExpression]

    init(root: JSONValue) {
        self.root = root
        var expressions: [String: NSRegularExpression] = [:]
        var pointers: [String] = []
        root.walk { path, value in
            if case .key("pattern")? = path.last, let pattern = value.stringValue {
                expressions[pattern] = try? NSRegularExpression(pattern: pattern)
            }
            if case .key("$ref")? = path.last, let pointer = value.stringValue { pointers.append(pointer) }
        }
        self.expressions = expressions
        var targets: [String: JSONValue] = [:]
        for pointer in pointers { targets[pointer] = Self.resolve(pointer, in: root) }
        self.targets = targets
    }

    /// What each "$ref" of the schema points at.
    private var targets: [String: JSONValue] = [:]

    /// Keywords that state no rule.
    static let annotations: Set<String> = ["$schema", "$id", "title", "description", "$defs"]
    static let keywords: Set<String> = [
        "$ref", "type", "const", "enum", "required", "properties", "additionalProperties", "items", "prefixItems",
        "minItems", "maxItems", "minimum", "maximum", "minLength", "maxLength", "pattern", "allOf", "anyOf", "oneOf",
        "if", "then",
    ]

    /// The subschema a "#/…" pointer names.
    func resolve(_ pointer: String) -> JSONValue? { targets[pointer] ?? Self.resolve(pointer, in: root) }

    static func resolve(_ pointer: String, in root: JSONValue) -> JSONValue? {
        var node: JSONValue? = root
        for piece in pointer.dropFirst(2).split(separator: "/") where !piece.isEmpty {
            if let elements = node?.elements, let index = Int(piece) {
                node = elements.indices.contains(index) ? elements[index] : nil
            } else {
                node = node?[String(piece)]
            }
        }
        return node
    }

    /// Every rule the instance breaks, as "PATH: keyword"; empty when it is valid.
    func errors(_ instance: JSONValue, against schema: JSONValue? = nil, path: String = "$") -> [String] {
        let schema = schema ?? root
        if case .bool(let accepts) = schema.kind { return accepts ? [] : ["\(path): false"] }
        guard let members = schema.members else { return ["\(path): the schema node is not an object"] }
        var found: [String] = []
        func fail(_ keyword: String) { found.append("\(path): \(keyword)") }
        for member in members {
            let rule = member.value
            switch member.key {
            case "$ref":
                if let target = rule.stringValue.flatMap(resolve) {
                    found += errors(instance, against: target, path: path)
                } else {
                    fail("$ref to nowhere")
                }
            case "type":
                let types = rule.elements?.compactMap(\.stringValue) ?? [rule.stringValue ?? ""]
                if !types.contains(where: { Self.hasType(instance, $0) }) { fail("type") }
            case "const": if !Self.same(instance, rule) { fail("const") }
            case "enum": if !(rule.elements ?? []).contains(where: { Self.same(instance, $0) }) { fail("enum") }
            case "required":
                if let given = instance.members {
                    for key in rule.elements?.compactMap(\.stringValue) ?? []
                    where !given.contains(where: { $0.key == key }) {
                        fail("required \(key)")
                    }
                }
            case "properties":
                for field in instance.members ?? [] {
                    if let property = rule[field.key] {
                        found += errors(field.value, against: property, path: "\(path).\(field.key)")
                    }
                }
            case "additionalProperties":
                let listed = schema["properties"]?.members?.map(\.key) ?? []
                if case .bool(false) = rule.kind,
                    (instance.members ?? []).contains(where: { !listed.contains($0.key) })
                {
                    fail("additionalProperties")
                }
            case "items":
                let skipped = schema["prefixItems"]?.elements?.count ?? 0
                for (index, element) in (instance.elements ?? []).enumerated() where index >= skipped {
                    found += errors(element, against: rule, path: "\(path)[\(index)]")
                }
            case "prefixItems":
                for (index, (element, item)) in zip(instance.elements ?? [], rule.elements ?? []).enumerated() {
                    found += errors(element, against: item, path: "\(path)[\(index)]")
                }
            case "minItems":
                if let count = instance.elements?.count, Double(count) < Self.number(rule) { fail("minItems") }
            case "maxItems":
                if let count = instance.elements?.count, Double(count) > Self.number(rule) { fail("maxItems") }
            case "minimum":
                if case .number(let text) = instance.kind, Double(text)! < Self.number(rule) { fail("minimum") }
            case "maximum":
                if case .number(let text) = instance.kind, Double(text)! > Self.number(rule) { fail("maximum") }
            case "minLength":
                if let text = instance.stringValue, Double(text.unicodeScalars.count) < Self.number(rule) {
                    fail("minLength")
                }
            case "maxLength":
                if let text = instance.stringValue, Double(text.unicodeScalars.count) > Self.number(rule) {
                    fail("maxLength")
                }
            case "pattern":
                if let text = instance.stringValue, let pattern = rule.stringValue, !matches(text, pattern) {
                    fail("pattern")
                }
            case "allOf":
                for branch in rule.elements ?? [] { found += errors(instance, against: branch, path: path) }
            case "anyOf":
                let valid = (rule.elements ?? []).filter { errors(instance, against: $0, path: path).isEmpty }
                if valid.isEmpty { fail("anyOf") }
            case "oneOf":
                let valid = (rule.elements ?? []).filter { errors(instance, against: $0, path: path).isEmpty }
                if valid.count != 1 { fail("oneOf") }
            case "if":
                if errors(instance, against: rule, path: path).isEmpty, let then = schema["then"] {
                    found += errors(instance, against: then, path: path)
                }
            case "then": break
            case let other where Self.annotations.contains(other): break
            default: fail("unknown keyword \(member.key)")
            }
        }
        return found
    }

    static func number(_ value: JSONValue) -> Double {
        if case .number(let text) = value.kind, let number = Double(text) { return number }
        return .nan
    }

    static func hasType(_ value: JSONValue, _ type: String) -> Bool {
        switch (type, value.kind) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array),
            ("object", .object):
            true
        case ("integer", .number(let text)): Double(text).map { $0.rounded() == $0 } ?? false
        default: false
        }
    }

    /// JSON equality: numbers by value, objects regardless of key order.
    static func same(_ one: JSONValue, _ other: JSONValue) -> Bool {
        switch (one.kind, other.kind) {
        case (.number(let a), .number(let b)): Double(a) == Double(b)
        case (.array(let a), .array(let b)): a.count == b.count && zip(a, b).allSatisfy { same($0, $1) }
        case (.object(let a), .object(let b)):
            a.count == b.count
                && a.allSatisfy { member in b.contains { $0.key == member.key && same($0.value, member.value) } }
        default: one.kind == other.kind
        }
    }

    /// Stories differ from one another in one place: most strings are asked about again.
    private let answers = PatternAnswers()

    private func matches(_ text: String, _ pattern: String) -> Bool {
        if let known = answers.answer(text, pattern) { return known }
        let answer = expressions[pattern].map { Self.matches(text, $0) } ?? Self.matches(text, pattern)
        answers.record(text, pattern, answer)
        return answer
    }

    static func matches(_ text: String, _ pattern: String) -> Bool {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return false }
        return matches(text, expression)
    }

    static func matches(_ text: String, _ expression: NSRegularExpression) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}

/// Whether a string matched a pattern, remembered across the tests that share a validator.
private final class PatternAnswers: @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [String: [String: Bool]] = [:]

    func answer(_ text: String, _ pattern: String) -> Bool? {
        lock.withLock { answers[pattern]?[text] }
    }

    func record(_ text: String, _ pattern: String, _ answer: Bool) {
        lock.withLock { answers[pattern, default: [:]][text] = answer }
    }
}
