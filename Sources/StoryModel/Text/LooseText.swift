/// Text with the differences a person cannot see set aside: curly and straight quotes, the
/// dashes, and runs of white space read alike. Used to find where an excerpt that is not in
/// the text verbatim was meant to be, and to say what differs.
struct LooseText {
    /// The loose scalars, and for each the offset of the scalar it came from.
    let scalars: [Unicode.Scalar]
    let origins: [Int]
    let count: Int

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var origins: [Int] = []
        var offset = 0
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            defer { offset += 1 }
            if scalar.properties.isWhitespace {
                if !lastWasSpace {
                    scalars.append(" ")
                    origins.append(offset)
                }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            scalars.append(Self.plain(scalar))
            origins.append(offset)
        }
        self.scalars = scalars
        self.origins = origins
        count = offset
    }

    static func plain(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case _ where QuotationMarks.doubles.contains(scalar): "\""
        case _ where QuotationMarks.singles.contains(scalar): "'"
        case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}": "-"
        default: scalar
        }
    }

    /// Where `needle` occurs, as a range of the original text's scalars; nil too when the
    /// search has used up `budget` comparisons (a text built to make it slow).
    func find(_ needle: LooseText, budget: inout Int) -> Range<Int>? {
        guard !needle.scalars.isEmpty, needle.scalars.count <= scalars.count else { return nil }
        let first = needle.scalars[0]
        var index = 0
        while index + needle.scalars.count <= scalars.count {
            budget -= 1
            if budget < 0 { return nil }
            if scalars[index] == first {
                budget -= needle.scalars.count
            }
            if scalars[index] == first, scalars[index..<index + needle.scalars.count].elementsEqual(needle.scalars) {
                let end = index + needle.scalars.count
                return origins[index]..<(end < origins.count ? origins[end] : count)
            }
            index += 1
        }
        return nil
    }

    /// What differs between two texts that read alike: "a curly quote where the excerpt has a
    /// straight one", "a dash", "a different run of spaces".
    static func differences(_ excerpt: String, _ actual: String) -> [String] {
        var found: [String] = []
        func note(_ text: String) { if !found.contains(text) { found.append(text) } }
        let a = Array(excerpt.unicodeScalars)
        let b = Array(actual.unicodeScalars)
        var i = 0
        var j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                i += 1
                j += 1
                continue
            }
            if a[i].properties.isWhitespace || b[j].properties.isWhitespace {
                // Compare whole runs of white space, from where both began.
                while i > 0, j > 0, a[i - 1].properties.isWhitespace, b[j - 1].properties.isWhitespace {
                    i -= 1
                    j -= 1
                }
                note("different spacing (the text: \(spacing(b, &j)), the excerpt: \(spacing(a, &i)))")
                continue
            }
            let kind = plain(a[i]) == "\"" || plain(a[i]) == "'" ? "quote" : "dash"
            note("\(kind) \(visible(b[j])) in the text where the excerpt has \(visible(a[i]))")
            i += 1
            j += 1
        }
        return found
    }

    private static func spacing(_ scalars: [Unicode.Scalar], _ index: inout Int) -> String {
        var run = ""
        while index < scalars.count, scalars[index].properties.isWhitespace {
            run +=
                scalars[index] == " "
                ? "space"
                : scalars[index] == "\n"
                    ? "line break" : "U+\(String(scalars[index].value, radix: 16, uppercase: true))"
            run += "+"
            index += 1
        }
        return run.isEmpty ? "none" : String(run.dropLast())
    }

    private static func visible(_ scalar: Unicode.Scalar) -> String {
        "\u{201C}\(scalar)\u{201D} (U+\(String(String(scalar.value, radix: 16, uppercase: true).leftPadded(4))))"
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
