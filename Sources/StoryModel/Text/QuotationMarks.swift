/// Quotation marks, as data shared by the loader's loose matching (LooseText), the sentence
/// rules and the drafter's quotation finder. Adding a quoting style is one line in `pairs`.
public enum QuotationMarks {
    public struct Pair: Sendable {
        public var open: Unicode.Scalar
        public var close: Unicode.Scalar
        /// A double mark (read as `"` when text is matched loosely) or a single one (`'`).
        public var double: Bool
    }

    /// Marks that open and close unambiguously, beyond the straight and English curly ones,
    /// whose closing forms double as apostrophes and are read by their own rules.
    public static let pairs: [Pair] = [
        Pair(open: "\u{00AB}", close: "\u{00BB}", double: true),  // « » French, Russian
        Pair(open: "\u{201E}", close: "\u{201C}", double: true),  // „ “ German, Polish
        Pair(open: "\u{201A}", close: "\u{2018}", double: false),  // ‚ ‘
        Pair(open: "\u{2039}", close: "\u{203A}", double: false),  // ‹ ›
        Pair(open: "\u{300C}", close: "\u{300D}", double: false),  // 「 」 Japanese, Chinese
        Pair(open: "\u{300E}", close: "\u{300F}", double: true),  // 『 』
    ]

    /// English quotation marks: straight and curly, double and single.
    public static let englishDouble: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{201D}"]
    public static let englishSingle: Set<Unicode.Scalar> = ["'", "\u{2018}", "\u{2019}"]

    /// Every double mark and every single one, for loose matching.
    public static let doubles: Set<Unicode.Scalar> = englishDouble.union(
        pairs.filter(\.double).flatMap { [$0.open, $0.close] })
    public static let singles: Set<Unicode.Scalar> = englishSingle.union(
        pairs.filter { !$0.double }.flatMap { [$0.open, $0.close] })

    /// Every mark that can close a quotation: it may follow a sentence's final stop.
    public static let closing: Set<Unicode.Scalar> = Set<Unicode.Scalar>(["\"", "'", "\u{201D}", "\u{2019}"]).union(
        pairs.map(\.close))
}
