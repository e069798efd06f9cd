import StoryModel

/// Display width in terminal cells, as ncurses and the terminal count it: by the C library's
/// wcwidth (`WidthTable`, generated from it), scalar by scalar.
///
/// A grapheme cluster is drawn as the cells of its scalars (see `cells(of:)`), which may differ
/// from how a given terminal draws the whole cluster: terminals disagree on emoji sequences
/// (a flag is one cell in one and two in another, a family joined with ZWJ two or six), and a
/// disagreement shifts the rest of the row. So the parts they disagree on are not sent:
/// - a flag (two regional indicators) is drawn as its two letters, "UA";
/// - an emoji sequence joined with ZWJ is drawn as its first emoji;
/// - variation selectors (VS16 asking for emoji style), skin-tone modifiers and tag
///   characters are left out, so "❤️" is drawn as "❤" and "👍🏽" as "👍";
/// - a spacing mark (Devanagari "ा") takes its own cell, as wcwidth counts it;
/// - a code point wcwidth cannot print (unassigned) is drawn as U+FFFD.
/// What remains is a spacing scalar with the zero-width marks that follow it, whose width
/// every wcwidth-based terminal agrees on.
public enum DisplayWidth {
    /// One cell of the screen: a spacing scalar and the marks drawn on it.
    public struct ScreenCell: Equatable {
        public var character: Character
        /// 1 or 2.
        public var width: Int
    }

    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let only = scalars.first {
            if isLatin(only.value) { return isControl(only.value) ? 0 : 1 }
            return singleWidth(only)
        }
        var total = 0
        forEachCell(of: character) { total += $0.width }
        return total
    }

    public static func of(_ text: some StringProtocol) -> Int {
        // Printable ASCII: one cell a byte, no grapheme breaking.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        if let width = simpleWidth(text) { return width }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The cells a cluster is drawn as, in order; none for a cluster of zero width.
    public static func cells(of character: Character) -> [ScreenCell] {
        var cells: [ScreenCell] = []
        forEachCell(of: character) { cells.append($0) }
        return cells
    }

    /// Calls `body` with each cell of a cluster (see the type's notes for the rules).
    public static func forEachCell(of character: Character, _ body: (ScreenCell) -> Void) {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let only = scalars.first {
            let width = singleWidth(only)
            if width == 0 { return }
            body(ScreenCell(character: shownAlone(only) ?? character, width: width))
            return
        }
        var base = String.UnicodeScalarView()
        var baseWidth = 0
        var marks = 0
        func flush() {
            guard let first = base.first else { return }
            let text = String(base)
            // A cluster's scalars minus some left out are normally one cluster still; if not,
            // the base alone is drawn.
            body(ScreenCell(character: text.count == 1 ? Character(text) : Character(first), width: baseWidth))
            base = String.UnicodeScalarView()
            marks = 0
        }
        for scalar in scalars {
            let value = scalar.value
            // The rest of a joined emoji sequence (a ZWJ in other scripts is a mark like any).
            if value == 0x200D, base.first?.properties.isEmoji == true { break }
            if isRegionalIndicator(value) {
                flush()
                body(ScreenCell(character: Character(Unicode.Scalar(value - 0x1F1E6 + 0x41)!), width: 1))
                continue
            }
            if !base.isEmpty, isPresentationDetail(value) { continue }
            let width = scalarWidth(scalar)
            if width < 0, isControl(value) { continue }
            if width == 0 {
                // The terminal cell takes a base and up to three marks (ncurses: five wide
                // characters with the terminating zero).
                if !base.isEmpty, marks < 3 {
                    base.append(scalar)
                    marks += 1
                }
                continue
            }
            flush()
            base.append(width < 0 ? "\u{FFFD}" : scalar)
            baseWidth = max(width, 1)
        }
        flush()
    }

    /// The width of a cluster of one scalar, as drawn: none for zero-width scalars, one for an
    /// unprintable one (drawn as U+FFFD) and a lone regional indicator (drawn as its letter).
    @inline(__always)
    private static func singleWidth(_ scalar: Unicode.Scalar) -> Int {
        let width = scalarWidth(scalar)
        return width >= 0 ? width : isControl(scalar.value) ? 0 : 1
    }

    /// Control characters never reach the grid (text is made visible first); should one, it
    /// takes no cell.
    private static func isControl(_ value: UInt32) -> Bool { value < 0x20 || (0x7F...0x9F).contains(value) }

    /// What a cluster of one scalar is drawn as, when not itself.
    private static func shownAlone(_ scalar: Unicode.Scalar) -> Character? {
        if isRegionalIndicator(scalar.value) { return Character(Unicode.Scalar(scalar.value - 0x1F1E6 + 0x41)!) }
        if scalarWidth(scalar) < 0 { return "\u{FFFD}" }
        return nil
    }

    /// wcwidth of a scalar: 0, 1 or 2, or -1 when it is not printable (controls, unassigned).
    public static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value == 0 { return 0 }
        if value < 0x300 { return isControl(value) ? -1 : 1 }
        if isRegionalIndicator(value) { return 1 }
        if contains(WidthTable.zero, value) { return 0 }
        if contains(WidthTable.wide, value) { return 2 }
        if contains(WidthTable.unprintable, value) { return -1 }
        return 1
    }

    /// Binary search of sorted [first, last] pairs.
    private static func contains(_ ranges: [UInt32], _ value: UInt32) -> Bool {
        let low = (0..<ranges.count / 2).partitionPoint { ranges[2 * $0 + 1] >= value }
        return low < ranges.count / 2 && ranges[2 * low] <= value
    }

    private static func isRegionalIndicator(_ value: UInt32) -> Bool { (0x1F1E6...0x1F1FF).contains(value) }

    /// Variation selectors, emoji skin-tone modifiers and tag characters: how a base is
    /// presented, on which terminals disagree.
    private static func isPresentationDetail(_ value: UInt32) -> Bool {
        (0xFE00...0xFE0F).contains(value) || (0x1F3FB...0x1F3FF).contains(value) || (0xE0020...0xE007F).contains(value)
            || (0xE0100...0xE01EF).contains(value)
    }

    /// The width of text whose every scalar is below U+0300 (Latin scripts): each scalar is a
    /// grapheme of its own, one cell wide, except controls (none). Nil for anything else,
    /// which needs grapheme breaking (combining marks, emoji, wide scripts).
    static func simpleWidth(_ text: some StringProtocol) -> Int? {
        var width = 0
        for scalar in text.unicodeScalars {
            guard isLatin(scalar.value) else { return nil }
            if scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value) { width += 1 }
        }
        return width
    }

    /// Whether every scalar of the text is one cell and one grapheme (see `simpleWidth`), and
    /// none is a control character.
    static func isSimple(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.allSatisfy { isLatin($0.value) && $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }
    }

    /// Below U+0300, where no scalar joins the one before it (none is a mark or a joiner):
    /// each such scalar is a grapheme of its own, and wcwidth gives each printable one a cell.
    private static func isLatin(_ value: UInt32) -> Bool { value < 0x300 }
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
            if character.isASCII {
                out.append(character)
                continue
            }
            if let replacement = TextStyle.asciiReplacements[character] {
                out += replacement
                continue
            }
            // Letters with accents keep their base letter; anything else becomes '?'.
            let base = foldForSearch(String(character))
            out +=
                base.allSatisfy(\.isASCII) && !base.isEmpty ? (character.isUppercase ? base.uppercased() : base) : "?"
        }
        return out
    }

    static let asciiReplacements: [Character: String] = [
        "\u{2014}": "--", "\u{2013}": "-", "\u{2018}": "'", "\u{2019}": "'", "\u{201C}": "\"", "\u{201D}": "\"",
        "\u{2026}": "...", "\u{00A0}": " ", "\u{2022}": "*", "\u{00B7}": "-", "\u{2192}": "->", "\u{2190}": "<-",
        "\u{2264}": "<=", "\u{2265}": ">=", "\u{00A3}": "GBP", "\u{20AC}": "EUR", "\u{FFFD}": "?",
    ]
}
