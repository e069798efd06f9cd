import StoryModel

/// Display width in terminal cells, the way terminals following wcwidth count it: East
/// Asian wide and fullwidth characters and emoji take two cells, combining marks and other
/// zero-width characters none, everything else one. Control characters never reach here:
/// text is made visible first (`^[` for ESC).
public enum DisplayWidth {
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x7F { return first.value < 0x20 ? 0 : 1 }
        // Latin letters and signs, whatever follows: one cell. Not the soft hyphen (zero
        // width), nor © and ® (emoji, wide when followed by VS16).
        if first.value < 0x300 && first.value != 0xAD && first.value != 0xA9 && first.value != 0xAE { return 1 }
        if isZeroWidth(first) && scalars.allSatisfy(isZeroWidth) { return 0 }
        if isWide(first) { return 2 }
        // An emoji asked for in colour (text + VS16) is wide in current terminals.
        if scalars.contains("\u{FE0F}") && first.properties.isEmoji { return 2 }
        return 1
    }

    public static func of(_ text: some StringProtocol) -> Int {
        // Printable ASCII: one cell a byte, no grapheme breaking.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        if let width = simpleWidth(text) { return width }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The width of text whose every scalar is below U+0300 (Latin scripts): each scalar is a
    /// grapheme of its own, one cell wide, except controls (none). Nil for anything else,
    /// which needs grapheme breaking (combining marks, emoji, wide scripts).
    static func simpleWidth(_ text: some StringProtocol) -> Int? {
        var width = 0
        for scalar in text.unicodeScalars {
            guard isLatin(scalar.value) else { return nil }
            if scalar.value >= 0x20 { width += 1 }
        }
        return width
    }

    /// Whether every scalar of the text is one cell and one grapheme (see `simpleWidth`), and
    /// none is a control character.
    static func isSimple(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.allSatisfy { isLatin($0.value) && $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }
    }

    /// Below U+0300, where no scalar joins the one before it, and not the soft hyphen (which
    /// takes no cell): each such scalar is a grapheme of its own.
    private static func isLatin(_ value: UInt32) -> Bool { value < 0x300 && value != 0xAD }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: true
        default: scalar.value == 0x200B || (0x1160...0x11FF).contains(scalar.value)
        }
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x1100 { return false }
        for range in wideRanges where range.contains(value) { return true }
        return scalar.properties.isEmojiPresentation
    }

    /// East Asian Wide (W) and Fullwidth (F) blocks.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}

/// Text prepared for the screen: control characters made visible, and (in ASCII mode)
/// typographic characters replaced by their nearest ASCII.
public struct TextStyle: Sendable, Hashable {
    public var ascii: Bool

    public init(ascii: Bool = false) { self.ascii = ascii }

    public func prepare(_ text: some StringProtocol) -> String {
        let visible = visibleText(String(text))
        guard ascii else { return visible }
        var out = ""
        for character in visible {
            if character.isASCII { out.append(character); continue }
            if let replacement = TextStyle.asciiReplacements[character] { out += replacement; continue }
            // Letters with accents keep their base letter; anything else becomes '?'.
            let base = foldForSearch(String(character))
            out += base.allSatisfy(\.isASCII) && !base.isEmpty ? (character.isUppercase ? base.uppercased() : base) : "?"
        }
        return out
    }

    static let asciiReplacements: [Character: String] = [
        "\u{2014}": "--", "\u{2013}": "-", "\u{2018}": "'", "\u{2019}": "'", "\u{201C}": "\"", "\u{201D}": "\"",
        "\u{2026}": "...", "\u{00A0}": " ", "\u{2022}": "*", "\u{00B7}": "-", "\u{2192}": "->", "\u{2190}": "<-",
        "\u{2264}": "<=", "\u{2265}": ">=", "\u{00A3}": "GBP", "\u{20AC}": "EUR", "\u{FFFD}": "?",
    ]
}
