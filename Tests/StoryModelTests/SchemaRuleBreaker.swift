@testable import StoryModel

/// Walks the schema along a story that uses every part of it, and for each rule the schema
/// states where the story stands makes an edit that breaks that rule: a required field left
/// out, a value of the wrong type, one outside an enumeration, a list too short, a string
/// against its pattern, a number under its minimum, an unknown field. A keyword it cannot
/// break is reported, so a rule added to the schema is never left untested.
struct SchemaRuleBreaker {
    let validator: SchemaValidator
    private(set) var edits: [JSONEdit] = []
    /// The schema nodes the story reached, by pointer.
    private(set) var visited: Set<String> = []
    private(set) var unknownKeywords: [String] = []

    /// Strings tried against a pattern, in order, for one the pattern refuses.
    static let patternProbes = [" ", "not an id!", "2025/06/06", "x", ""]

    init(schema: JSONValue) { validator = SchemaValidator(root: schema) }

    mutating func walk(_ instance: JSONValue) { walk(validator.root, "#", instance, []) }

    /// `fields` is the "properties" of the object schema the node applies to, for values of
    /// fields a rule forbids.
    private mutating func walk(
        _ node: JSONValue, _ pointer: String, _ instance: JSONValue, _ path: [PathPiece], fields: JSONValue? = nil
    ) {
        visited.insert(pointer)
        guard let members = node.members else { return }
        let fields = node["properties"] ?? fields
        func edit(_ value: JSONValue, _ rule: String) {
            edits.append(JSONEdit(path: path, value: value, rule: "\(rule) (\(pointer))"))
        }
        for member in members {
            let rule = member.value
            switch member.key {
            case "$ref":
                let target = rule.stringValue ?? ""
                walk(validator.resolve(target) ?? JSONValue(.null), target, instance, path)
            case "type":
                let types = rule.elements?.compactMap(\.stringValue) ?? [rule.stringValue ?? ""]
                for probe in JSONValue.typeProbes where !types.contains(where: { SchemaValidator.hasType(probe, $0) }) {
                    edit(probe, "type")
                }
            case "const": edit(Self.other(than: [rule]), "const")
            case "enum": edit(Self.other(than: rule.elements ?? []), "enum")
            case "pattern":
                let pattern = rule.stringValue ?? ""
                if let probe = Self.patternProbes.first(where: { !SchemaValidator.matches($0, pattern) }) {
                    edit(.string(probe), "pattern")
                }
            case "minLength":
                let length = Int(SchemaValidator.number(rule))
                if length > 0 { edit(.string(String(repeating: "x", count: length - 1)), "minLength") }
            case "maxLength":
                edit(.string(String(repeating: "x", count: Int(SchemaValidator.number(rule)) + 1)), "maxLength")
            case "minimum": edit(.number(String(Int(SchemaValidator.number(rule)) - 1)), "minimum")
            case "maximum": edit(.number(String(Int(SchemaValidator.number(rule)) + 1)), "maximum")
            case "minItems":
                let least = Int(SchemaValidator.number(rule))
                if let elements = instance.elements, least > 0 {
                    edit(JSONValue(.array(Array(elements.prefix(least - 1)))), "minItems")
                }
            case "maxItems":
                if let elements = instance.elements, let last = elements.last {
                    let most = Int(SchemaValidator.number(rule))
                    edit(
                        JSONValue(.array(elements + Array(repeating: last, count: most + 1 - elements.count))),
                        "maxItems")
                }
            case "required":
                for key in rule.elements?.compactMap(\.stringValue) ?? [] where instance[key] != nil {
                    edit(instance.removing(key), "required \(key)")
                }
            case "additionalProperties":
                if case .bool(false) = rule.kind {
                    edit(instance.adding("zzUnknown", JSONValue(.bool(true))), "additionalProperties")
                }
            case "properties":
                for field in instance.members ?? [] where rule[field.key] != nil {
                    walk(rule[field.key]!, "\(pointer)/properties/\(field.key)", field.value, path + [.key(field.key)])
                }
            case "items":
                let skipped = node["prefixItems"]?.elements?.count ?? 0
                for (index, element) in (instance.elements ?? []).enumerated() where index >= skipped {
                    walk(rule, "\(pointer)/items", element, path + [.index(index)])
                }
            case "prefixItems":
                for (index, (element, item)) in zip(instance.elements ?? [], rule.elements ?? []).enumerated() {
                    walk(item, "\(pointer)/prefixItems/\(index)", element, path + [.index(index)])
                }
            case "anyOf", "oneOf":
                branches(member.key, rule.elements ?? [], of: node, pointer, instance, path)
            case "allOf":
                for (index, branch) in (rule.elements ?? []).enumerated() {
                    walk(branch, "\(pointer)/allOf/\(index)", instance, path, fields: fields)
                }
            case "if":
                // Broken only where the story meets the condition: the example must meet each.
                guard validator.errors(instance, against: rule).isEmpty, let then = node["then"] else { break }
                visited.formUnion(subschemaPointers(rule, "\(pointer)/if") + subschemaPointers(then, "\(pointer)/then"))
                for key in then["required"]?.elements?.compactMap(\.stringValue) ?? [] where instance[key] != nil {
                    edit(instance.removing(key), "then required \(key)")
                }
                for field in then["properties"]?.members ?? [] where field.value.kind == .bool(false) {
                    edit(instance.adding(field.key, sample(fields?[field.key])), "then forbids \(field.key)")
                }
            case "then": break
            case let other where SchemaValidator.annotations.contains(other): break
            default: unknownKeywords.append("\(pointer): \(member.key)")
            }
        }
    }

    /// Branches that only require fields are rules on which fields are given: all of them left
    /// out breaks anyOf, and for oneOf so does giving every one. Other branches are schemas for
    /// the instance: the walk goes on into each it satisfies.
    private mutating func branches(
        _ keyword: String, _ branches: [JSONValue], of node: JSONValue, _ pointer: String, _ instance: JSONValue,
        _ path: [PathPiece]
    ) {
        let requirements = branches.map { branch -> [String]? in
            guard branch.members?.map(\.key) == ["required"] else { return nil }
            return branch["required"]?.elements?.compactMap(\.stringValue)
        }
        if requirements.allSatisfy({ $0 != nil }) {
            for index in branches.indices { visited.insert("\(pointer)/\(keyword)/\(index)") }
            let keys = requirements.compactMap { $0 }.flatMap { $0 }
            var none = instance
            for key in keys { none = none.removing(key) }
            edits.append(JSONEdit(path: path, value: none, rule: "\(keyword): none given (\(pointer))"))
            if keyword == "oneOf" {
                var all = instance
                for key in keys where instance[key] == nil {
                    all = all.adding(key, sample(node["properties"]?[key]))
                }
                edits.append(JSONEdit(path: path, value: all, rule: "\(keyword): all given (\(pointer))"))
            }
            return
        }
        for (index, branch) in branches.enumerated() where validator.errors(instance, against: branch).isEmpty {
            walk(branch, "\(pointer)/\(keyword)/\(index)", instance, path)
        }
        for probe in JSONValue.typeProbes where !validator.errors(probe, against: node).isEmpty {
            edits.append(JSONEdit(path: path, value: probe, rule: "\(keyword): no branch (\(pointer))"))
        }
    }

    /// A value the schema node accepts, for a field added to break a oneOf.
    private func sample(_ node: JSONValue?) -> JSONValue {
        let candidates = [.string("x"), .string("2025-06-06"), .number("1"), JSONValue(.bool(true))]
        guard let node else { return .string("x") }
        return candidates.first { validator.errors($0, against: node).isEmpty } ?? .string("x")
    }

    /// A value of the same type as the listed ones, but none of them.
    static func other(than listed: [JSONValue]) -> JSONValue {
        if case .number = listed.first?.kind {
            let highest =
                listed.compactMap { if case .number(let text) = $0.kind { Int(text) } else { nil } }.max() ?? 0
            return .number(String(highest + 1))
        }
        let words = listed.compactMap(\.stringValue)
        return .string("zz-" + (words.first ?? "value"))
    }
}

/// Every subschema of a schema, by pointer: what a story must reach for each rule to be tried.
func subschemaPointers(_ node: JSONValue, _ pointer: String = "#") -> [String] {
    var found = [pointer]
    for member in node.members ?? [] {
        switch member.key {
        case "properties", "$defs":
            for field in member.value.members ?? [] {
                found += subschemaPointers(field.value, "\(pointer)/\(member.key)/\(field.key)")
            }
        case "items", "if", "then":
            found += subschemaPointers(member.value, "\(pointer)/\(member.key)")
        case "prefixItems", "allOf", "anyOf", "oneOf":
            for (index, element) in (member.value.elements ?? []).enumerated() {
                found += subschemaPointers(element, "\(pointer)/\(member.key)/\(index)")
            }
        default: break
        }
    }
    return found
}
