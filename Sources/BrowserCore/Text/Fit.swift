/// The one rule for fitting a text into a number of cells, which every widget follows:
/// - a text that fits is drawn whole;
/// - a text that does not is cut at a space when one falls in the last third of the room, so
///   no word is cut in two where that can be helped, and otherwise between graphemes (never
///   inside one, never through a wide character);
/// - spaces and separating punctuation left at the cut are dropped ("deal and…", not
///   "deal and …" or "deal, …");
/// - a cut text always ends with the ellipsis: "…", or "..." in ASCII mode ("." where the
///   width is less than twice the ellipsis, so a narrow cell keeps some of its text).
///
/// A space that joins (U+00A0) is not a place to cut. `Wrap.clip` is the same rule for callers
/// that want the text only.
public enum Fit {
    public struct Result: Equatable, Sendable {
        public var text: String
        public var isCut: Bool
    }

    /// Characters left out at the end of a cut before the ellipsis: they only separate.
    static let separators: Set<Character> = [
        " ", ",", ";", ":", "·", "—", "–", "-", "(", "[", "/", "“", "‘", "\u{00A0}",
    ]

    /// The text fitted into `width` cells (see the type's notes).
    public static func line(_ text: String, width: Int, ellipsis: String) -> String {
        fit(text, width: width, ellipsis: ellipsis).text
    }

    public static func fit(_ text: String, width: Int, ellipsis: String) -> Result {
        guard width > 0 else { return Result(text: "", isCut: !text.isEmpty) }
        if fits(text, width) { return Result(text: text, isCut: false) }
        var ellipsis = ellipsis
        if let first = ellipsis.first, ellipsis.count > 1, width < 2 * DisplayWidth.of(ellipsis) {
            ellipsis = String(first)
        }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        let room = width - ellipsisWidth
        guard room > 0 else { return Result(text: String(ellipsis.prefix(width)), isCut: true) }
        // A space is a good place to cut when the words before it fill at least two thirds.
        let wordMinimum = room - room / 3
        var used = 0
        var end = text.startIndex
        var lastSpace: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > room { break }
            if character == " " && used >= wordMinimum { lastSpace = index }
            used += characterWidth
            index = text.index(after: index)
            end = index
        }
        // The cut falls just before a space: the whole of the last word fits.
        if end < text.endIndex, text[end] == " ", used >= wordMinimum { lastSpace = end }
        var kept = text[..<(lastSpace ?? end)]
        while let last = kept.last, separators.contains(last) { kept.removeLast() }
        if kept.isEmpty {
            // Only separators before the cut: keep what fits, minus trailing spaces.
            kept = text[..<end]
            while kept.last == " " { kept.removeLast() }
        }
        return Result(text: String(kept) + ellipsis, isCut: true)
    }

    /// Whether the text fits in `width` cells, stopping as soon as it is known not to.
    private static func fits(_ text: String, _ width: Int) -> Bool {
        if DisplayWidth.isSimple(text) { return text.unicodeScalars.count <= width }
        var used = 0
        for character in text {
            used += DisplayWidth.of(character)
            if used > width { return false }
        }
        return true
    }
}
