/// Text cut to a width in cells. (Wrapping is done where the text is laid out: `PageBuilder`
/// for pages, `SourceScreen` for the article.)
public enum Wrap {
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
