import StoryModel

/// When quoted words were said, where the reporting clause says so: "said on Friday", "told
/// reporters on Tuesday", "On Monday, she said". The time expression must stand in the
/// quotation's sentences but outside its quotation marks, within a few words of a verb of
/// saying, and not after the article's own day (words are reported after they are said).
enum SaidOn {
    /// How many words may stand between the verb of saying and the time expression, either side.
    static let reach = 5

    static func find(
        for quotes: [Range<Int>], evidence: Range<Int>, dates: [DateFinder.Found], in article: ArticleText,
        published: Day?
    ) -> DateFinder.Found? {
        guard let published else { return nil }
        for date in dates where evidence.contains(date.range.lowerBound) {
            guard !quotes.contains(where: { $0.overlaps(date.range) }),
                let resolved = date.resolved, resolved.precision == .day, let day = resolved.start, day <= published
            else { continue }
            if isAttachedToSaying(date, in: article) { return date }
        }
        // "Lowther told the Echo on Tuesday night:", then the quotation: the sentence just before
        // that introduces it.
        if let quoted = article.sentence(containing: evidence.lowerBound), quoted > 0,
            article.slice(article.sentences[quoted - 1].range).trimmingSpaces.hasSuffix(":")
        {
            let dates = dates.filter { $0.sentence == quoted - 1 }
            if let date = dates.last(where: { EventlessTimes.followsSaying($0, in: article) }),
                let resolved = date.resolved, resolved.precision == .day, let day = resolved.start, day <= published
            {
                return date
            }
        }
        return nil
    }

    /// Whether a time expression tells when something was said: within `reach` words of a verb
    /// of saying ("said on Friday", "told reporters on Tuesday"), with no name of a happening
    /// between them ("said the council vote on Friday was a farce" is the vote's).
    static func isAttachedToSaying(_ date: DateFinder.Found, in article: ArticleText) -> Bool {
        let sentence = article.sentences[date.sentence]
        let words = Array(article.words[sentence.words])
        let indexes = article.wordIndexes(in: date.range)
        let first = indexes.lowerBound - sentence.words.lowerBound
        let last = indexes.upperBound - 1 - sentence.words.lowerBound
        let near = max(0, first - reach)..<min(words.count, last + 1 + reach)
        return near.contains { verb in
            guard ReportingVerbs.isVerb(words, at: verb), verb < first || verb > last else { return false }
            let between = verb < first ? verb + 1..<first : last + 1..<verb
            return !words[between].contains {
                let word = Happenings.plain($0.text)
                return Happenings.kinds[word] != nil || Happenings.subjects[word] != nil
            }
        }
    }
}
