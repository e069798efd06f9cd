/// Text cut to a width in cells. (Wrapping is done where the text is laid out: `PageBuilder`
/// for pages, `SourceScreen` for the article, both through `WordWrap`.)
public enum Wrap {
    /// The text fitted into `width` cells by the one rule of `Fit`: whole when it fits, else cut
    /// at a word where it can be, ending with `ellipsis`.
    public static func clip(_ text: String, width: Int, ellipsis: String = "…") -> String {
        Fit.line(text, width: width, ellipsis: ellipsis)
    }
}
