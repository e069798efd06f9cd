/// Writes JSON with two-space indentation and keys in the order given, so exports are stable
/// and diff well. Control characters (ESC included) are always escaped.
struct JSONWriter {
    private(set) var output = ""
    private var indent = 0

    init() {}

    static func render(_ value: JSONValue) -> String {
        var writer = JSONWriter()
        writer.write(value)
        writer.output += "\n"
        return writer.output
    }

    mutating func write(_ value: JSONValue) {
        switch value.kind {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let text): output += text
        case .string(let text): writeString(text)
        case .array(let elements):
            if elements.isEmpty {
                output += "[]"
                return
            }
            if elements.allSatisfy(\.isScalar) {
                output += "["
                for (index, element) in elements.enumerated() {
                    if index > 0 { output += ", " }
                    write(element)
                }
                output += "]"
                return
            }
            output += "[\n"
            indent += 1
            for (index, element) in elements.enumerated() {
                writeIndent()
                write(element)
                output += index == elements.count - 1 ? "\n" : ",\n"
            }
            indent -= 1
            writeIndent()
            output += "]"
        case .object(let members):
            if members.isEmpty {
                output += "{}"
                return
            }
            output += "{\n"
            indent += 1
            for (index, member) in members.enumerated() {
                writeIndent()
                writeString(member.key)
                output += ": "
                write(member.value)
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            indent -= 1
            writeIndent()
            output += "}"
        }
    }

    private mutating func writeIndent() {
        output += String(repeating: "  ", count: indent)
    }

    private mutating func writeString(_ text: String) {
        output += "\""
        // Runs of characters that need no escape are copied whole: most of a story's text.
        let scalars = text.unicodeScalars
        var run = scalars.startIndex
        var index = run
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let escape: String?
            switch scalar {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            // Controls, and bidirectional formatting that could make the file read differently
            // from what it holds, are written as escapes.
            case _ where isControl(scalar) || isBidiControl(scalar) || scalar.value == 0x2028 || scalar.value == 0x2029:
                let digits = String(scalar.value, radix: 16)
                escape = "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
            default: escape = nil
            }
            if let escape {
                output += Substring(scalars[run..<index])
                output += escape
                run = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        output += Substring(scalars[run..<index])
        output += "\""
    }
}

extension JSONValue {
    var isScalar: Bool {
        switch kind {
        case .array, .object: false
        default: true
        }
    }

    /// Convenience builders used by the exporter.
    static func string(_ text: String) -> JSONValue { JSONValue(.string(text)) }
    static func int(_ number: Int) -> JSONValue { JSONValue(.number(String(number))) }
    static func bool(_ flag: Bool) -> JSONValue { JSONValue(.bool(flag)) }
    static func array(_ values: [JSONValue]) -> JSONValue { JSONValue(.array(values)) }
    /// An object from key-value pairs; pairs whose value is nil are left out.
    static func object(_ pairs: [(String, JSONValue?)]) -> JSONValue {
        JSONValue(.object(pairs.compactMap { key, value in value.map { JSONMember(key: key, value: $0) } }))
    }
}
