import StoryModel

/// The order in which several articles are drafted, as a reader has them: by date, the first
/// line "Date: YYYY-MM-DD" (`Drafter.datedLine`) or else the article's `published`. Articles
/// of one day, and those without a date, go by file name; those without a date come last.
public enum ArticleOrder {
    public static func sorted(_ articles: [Drafter.Article]) -> [Drafter.Article] {
        let keys = articles.enumerated().map { offset, article in
            Key(
                day: Drafter.datedLine(article.text) ?? article.published, file: fileName(article.name),
                path: article.name, offset: offset)
        }
        return keys.sorted(by: <).map { articles[$0.offset] }
    }

    private struct Key: Comparable {
        var day: Day?
        var file: String
        var path: String
        /// Where the article was given: the last word, so that the order never depends on
        /// how a sort treats equal keys.
        var offset: Int

        static func < (a: Key, b: Key) -> Bool {
            if a.day != b.day {
                guard let first = a.day else { return false }
                guard let second = b.day else { return true }
                return first < second
            }
            if a.file != b.file { return namePrecedes(a.file, b.file) }
            if a.path != b.path { return namePrecedes(a.path, b.path) }
            return a.offset < b.offset
        }
    }

    /// The last component of a path: "news/2-second.txt" → "2-second.txt".
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// Name order with runs of digits read as numbers, as a file manager shows files:
    /// "part-2.txt" before "part-10.txt". Otherwise by Unicode scalar, so the order is the same
    /// on every machine and in every locale.
    public static func namePrecedes(_ a: String, _ b: String) -> Bool {
        var left = Array(a.unicodeScalars)[...]
        var right = Array(b.unicodeScalars)[...]
        while let x = left.first, let y = right.first {
            if isDigit(x) && isDigit(y) {
                let first = left.prefix(while: isDigit)
                let second = right.prefix(while: isDigit)
                let (one, two) = (first.drop { $0 == "0" }, second.drop { $0 == "0" })
                // Equal values ("7" and "007") go by the longer run last, as ls -v does.
                if one.count != two.count { return one.count < two.count }
                if !one.elementsEqual(two) { return one.lexicographicallyPrecedes(two) { $0.value < $1.value } }
                if first.count != second.count { return first.count < second.count }
                left = left.dropFirst(first.count)
                right = right.dropFirst(second.count)
                continue
            }
            if x != y { return x.value < y.value }
            left = left.dropFirst()
            right = right.dropFirst()
        }
        return left.isEmpty && !right.isEmpty
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
