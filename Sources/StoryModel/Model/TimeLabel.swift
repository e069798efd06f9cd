extension ResolvedTime {
    /// A time in words, its days named as the caller's medium names them: "3 Jun", "week of
    /// 2 Jun", "1 Jul–31 Jul", "by 3 Jun", "from 3 Jun"; an inferred one ends in `inferredMark`.
    public func label(day name: (Day) -> String, dash: String = "–", inferredMark: String) -> String {
        func day(_ day: Day?) -> String { day.map(name) ?? "?" }
        let words =
            switch precision {
            case .day: day(start)
            case .week: "week of \(day(start))"
            case .range: "\(day(start))\(dash)\(day(end))"
            case .before: "by \(day(end))"
            case .after: "from \(day(start))"
            }
        return words + (inferred ? inferredMark : "")
    }
}

extension When {
    /// The worked-out time in words (see `ResolvedTime.label`), or the source's own wording in
    /// quotation marks where it gives no date.
    public func label(day name: (Day) -> String, dash: String = "–", inferredMark: String) -> String {
        resolved?.label(day: name, dash: dash, inferredMark: inferredMark) ?? "\u{201C}\(text)\u{201D}"
    }

    /// Whether two times name different days: both worked out, to days that differ. A time
    /// without a date is not a move from or to one.
    public func movedFrom(_ other: When) -> Bool {
        guard let mine = resolved, let theirs = other.resolved else { return false }
        return !mine.sameDays(as: theirs)
    }
}
