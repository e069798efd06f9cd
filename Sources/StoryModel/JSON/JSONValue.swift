/// A parsed JSON value that remembers where it started in the input, so that every
/// later error (a wrong type, a dangling id) can name its line and column.
struct JSONValue: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case null
        case bool(Bool)
        /// The number as written; converted on demand, so precision is never silently lost.
        case number(String)
        case string(String)
        case array([JSONValue])
        case object([JSONMember])
    }

    var kind: Kind
    /// Byte offset of the value's first byte in the input.
    var offset: Int

    init(_ kind: Kind, offset: Int = 0) {
        self.kind = kind
        self.offset = offset
    }

    /// A name for the value's type, as it appears in error messages.
    var typeName: String {
        switch kind {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

struct JSONMember: Sendable, Equatable {
    var key: String
    var keyOffset: Int
    var value: JSONValue

    init(key: String, keyOffset: Int = 0, value: JSONValue) {
        self.key = key
        self.keyOffset = keyOffset
        self.value = value
    }
}
