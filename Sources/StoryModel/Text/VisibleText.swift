/// Makes text safe to print to a terminal or to show in a file someone will read: C0
/// control characters and DEL become caret notation (`^[` for ESC), C1 controls become
/// U+FFFD, and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069), which can make text read differently from what it is, are shown as
/// `<U+202E>`, as less shows them. None reaches the terminal raw. Newlines and tabs are kept
/// only when `keepingLayout` is true.
public func visibleText(_ text: String, keepingLayout: Bool = false) -> String {
    var needsWork = false
    for scalar in text.unicodeScalars where isControl(scalar) || isBidiControl(scalar) {
        if keepingLayout && (scalar == "\n" || scalar == "\t") { continue }
        needsWork = true
        break
    }
    if !needsWork { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        if keepingLayout && (scalar == "\n" || scalar == "\t") {
            out.append(scalar)
        } else if scalar.value < 0x20 {
            out.append("^")
            out.append(Unicode.Scalar(UInt8(scalar.value + 0x40)))
        } else if scalar.value == 0x7F {
            out.append(contentsOf: "^?".unicodeScalars)
        } else if (0x80...0x9F).contains(scalar.value) {
            out.append("\u{FFFD}")
        } else if isBidiControl(scalar) {
            out.append(contentsOf: "<U+\(String(scalar.value, radix: 16, uppercase: true))>".unicodeScalars)
        } else {
            out.append(scalar)
        }
    }
    return String(out)
}

@inline(__always)
func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
}

/// The explicit bidirectional formatting characters of "Trojan Source" (CVE-2021-42574).
@inline(__always)
func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
    (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
}
