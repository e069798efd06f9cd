import StoryModel

extension Event.Status {
    /// A mark that reads without colour.
    public func mark(ascii: Bool) -> String {
        switch self {
        case .happened: ascii ? "*" : "●"
        case .ongoing: ascii ? "~" : "◐"
        case .scheduled: ascii ? "@" : "◷"
        case .expected: ascii ? ">" : "○"
        case .proposed: ascii ? "+" : "◇"
        case .cancelled: ascii ? "x" : "✗"
        case .unconfirmed: "?"
        }
    }
}

/// Side tags, so sides read without colour: A, B, C…
func sideTag(_ index: Int) -> String {
    String(Character(Unicode.Scalar(UInt8(65 + min(index, 25)))))
}

func sideRole(_ index: Int) -> Role {
    switch index % 3 {
    case 0: .sideA
    case 1: .sideB
    default: .sideC
    }
}

extension When {
    /// A compact date for list columns: "Fri 28 Feb", "wk 24 Feb", "by 26 Feb", "undated";
    /// inferred dates end in the inferred mark.
    public func compact(inferredMark: String) -> String {
        guard let resolved else { return "undated" }
        let mark = resolved.inferred ? inferredMark : ""
        func dayMonth(_ day: Day?) -> String {
            guard let day else { return "?" }
            return "\(day.day) \(Day.monthNames[day.month - 1])"
        }
        switch resolved.precision {
        case .day:
            guard let day = resolved.start else { return "?" }
            return "\(Day.weekdayNames[day.weekday]) \(dayMonth(day))\(mark)"
        case .week: return "wk \(dayMonth(resolved.start))\(mark)"
        case .range: return "\(dayMonth(resolved.start))–\(dayMonth(resolved.end))\(mark)"
        case .before: return "by \(dayMonth(resolved.end))\(mark)"
        case .after: return "from \(dayMonth(resolved.start))\(mark)"
        }
    }
}
