import StoryModel

/// Time expressions that say when something was said, not when a happening the article
/// reports took place: they make no event.
///
/// - Just after "said", "says" or "told X" ("county spokesperson Dana Whitcomb said Thursday")
///   in a sentence that gives the happening another time ("The signing is scheduled for Oct. 15,
///   … said Thursday"), or that only introduces the quotation after it ("Lowther told the Echo
///   on Tuesday night:").
enum EventlessTimes {
    static func isEventless(
        _ date: DateFinder.Found, in article: ArticleText, sentenceDates: [DateFinder.Found], quoted: [Range<Int>]
    ) -> Bool {
        // Inside a quotation a time is the speaker's account of a happening, which the timeline
        // keeps ("“Someone called it ‘a small risk’ last week,” he said").
        if quoted.contains(where: { $0.contains(date.range.lowerBound) }) { return false }
        guard followsSaying(date, in: article) else { return false }
        let sentence = article.sentences[date.sentence]
        let introduces = article.slice(sentence.range).trimmingSpaces.hasSuffix(":")
        // The attribution after what was said, whose time comes before it (not a dateline's
        // printed date: "date 2022-12-27 KYIV, Ukraine (AP) — … said Monday").
        let trails = sentenceDates.contains { other in
            other.range.upperBound <= date.range.lowerBound && !isPrintedDate(other.text)
                && !followsSaying(other, in: article)
        }
        return introduces || trails
    }

    /// Verbs that only say (not "agreed", "announced", "warned", "added": those may be
    /// happenings too).
    static let plainSaying: Set<String> = ["said", "says", "told"]

    /// "2022-12-27": a date as a page prints it, not a time the sentence tells.
    static func isPrintedDate(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return scalars.count == 10 && scalars[4] == "-" && scalars[7] == "-"
            && scalars.indices.allSatisfy { [4, 7].contains($0) || ("0"..."9").contains(scalars[$0]) }
    }

    /// How many words (the one told: "told reporters", "told the Echo") may stand between the
    /// verb of saying and the time.
    static let reach = 2

    /// "said Thursday", "told reporters on Wednesday", "told the Echo on Tuesday night": the
    /// time just after a verb that only says, in its clause.
    static func followsSaying(_ date: DateFinder.Found, in article: ArticleText) -> Bool {
        let sentence = article.sentences[date.sentence]
        let words = article.words[sentence.words]
        // "on", "late", "earlier": words of the time expression itself or just before it.
        var start = article.wordIndexes(in: date.range).lowerBound
        if start > words.startIndex,
            ["on", "late", "early", "earlier", "later"].contains(words[start - 1].text.lowercased())
        {
            start -= 1
        }
        // No comma between the verb and the time: "said, on Friday, that…" is the sentence's.
        for verb in max(words.startIndex, start - 1 - reach)..<start
        where plainSaying.contains(words[verb].text.lowercased()) {
            if !words[verb..<start].contains(where: article.commaFollows) { return true }
        }
        return false
    }
}
