/// Makes text safe to print to a terminal: C0 and C1 control characters and DEL become
/// visible caret notation (`^[` for ESC) and never reach the terminal raw. Newlines and tabs
/// are kept only when `keepingLayout` is true.
public func visibleText(_ text: String, keepingLayout: Bool = false) -> String {
    var needsWork = false
    for scalar in text.unicodeScalars where isControl(scalar) {
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
