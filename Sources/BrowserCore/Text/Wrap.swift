/// Word wrapping by display width. Lines break at spaces; a word longer than the width is
/// split between graphemes (never inside one). Explicit newlines start a new line.
public enum Wrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            result += wrapParagraph(paragraph, width: width)
        }
        return result
    }

    private static func wrapParagraph(_ paragraph: Substring, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
            let wordWidth = DisplayWidth.of(word)
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            if wordWidth <= width {
                line = String(word)
                lineWidth = wordWidth
                continue
            }
            // Split a long word between graphemes.
            for character in word {
                let characterWidth = DisplayWidth.of(character)
                if lineWidth + characterWidth > width && lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                line.append(character)
                lineWidth += characterWidth
            }
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The longest prefix of `text` that fits in `width` cells; `ellipsis` marks a cut.
    public static func clip(_ text: String, width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        let room = width - ellipsisWidth
        // Latin text: one scalar, one cell.
        if DisplayWidth.isSimple(text) {
            let scalars = text.unicodeScalars
            if scalars.count <= width { return text }
            return room < 0 ? "" : String(String.UnicodeScalarView(scalars.prefix(room))) + ellipsis
        }
        // One pass, stopping as soon as the text is known to be too wide: a long row costs
        // no more than the part of it that fits.
        var used = 0
        var roomEnd = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            used += DisplayWidth.of(text[index])
            if used > width { return room < 0 ? "" : String(text[..<roomEnd]) + ellipsis }
            if used <= room { roomEnd = next }
            index = next
        }
        return text
    }
}
