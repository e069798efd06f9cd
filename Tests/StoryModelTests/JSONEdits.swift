@testable import StoryModel

/// A story file changed in one place: the value at `path` replaced by `value`. Removing a key
/// or adding one is a replacement of the object that holds it.
struct JSONEdit: CustomStringConvertible {
    var path: [PathPiece]
    var value: JSONValue
    /// What the edit breaks, or tries to: "required", "type", "minItems" ...
    var rule: String

    var description: String { "\(rule) at \(renderPath(path)): \(JSONWriter.render(value).prefix(120))" }

    func applied(to root: JSONValue) -> JSONValue { Self.replacing(path[...], in: root, with: value) }

    private static func replacing(_ path: ArraySlice<PathPiece>, in node: JSONValue, with value: JSONValue)
        -> JSONValue
    {
        guard let step = path.first else { return value }
        var changed = node
        switch (step, node.kind) {
        case (.key(let key), .object(var members)):
            if let at = members.firstIndex(where: { $0.key == key }) {
                members[at].value = replacing(path.dropFirst(), in: members[at].value, with: value)
            }
            changed.kind = .object(members)
        case (.index(let index), .array(var elements)) where elements.indices.contains(index):
            elements[index] = replacing(path.dropFirst(), in: elements[index], with: value)
            changed.kind = .array(elements)
        default:
            break
        }
        return changed
    }
}

extension JSONValue {
    static func string(_ text: String) -> JSONValue { JSONValue(.string(text)) }
    static func number(_ text: String) -> JSONValue { JSONValue(.number(text)) }

    /// Values of every JSON type, for putting where another type belongs.
    static let typeProbes: [JSONValue] = [
        JSONValue(.null), JSONValue(.bool(true)), .number("7"), .number("1.5"), .string("x"), JSONValue(.array([])),
        JSONValue(.object([])),
    ]

    var members: [JSONMember]? {
        if case .object(let members) = kind { members } else { nil }
    }

    var elements: [JSONValue]? {
        if case .array(let elements) = kind { elements } else { nil }
    }

    var stringValue: String? {
        if case .string(let text) = kind { text } else { nil }
    }

    subscript(key: String) -> JSONValue? { members?.first { $0.key == key }?.value }

    func removing(_ key: String) -> JSONValue {
        JSONValue(.object((members ?? []).filter { $0.key != key }), offset: offset)
    }

    func adding(_ key: String, _ value: JSONValue) -> JSONValue {
        JSONValue(.object((members ?? []).filter { $0.key != key } + [JSONMember(key: key, value: value)]))
    }

    /// Every value in the tree with its path, the root first.
    func walk(_ path: [PathPiece] = [], _ body: ([PathPiece], JSONValue) -> Void) {
        body(path, self)
        switch kind {
        case .object(let members): for member in members { member.value.walk(path + [.key(member.key)], body) }
        case .array(let elements):
            for (index, element) in elements.enumerated() { element.walk(path + [.index(index)], body) }
        default: break
        }
    }
}

/// Whether one path lies inside the other (or they are the same), piece by piece.
func pathsMeet(_ one: String, _ other: String) -> Bool {
    let (short, long) = one.count <= other.count ? (one, other) : (other, one)
    guard long.hasPrefix(short) else { return false }
    let rest = long.dropFirst(short.count)
    return rest.isEmpty || rest.first == "." || rest.first == "["
}
