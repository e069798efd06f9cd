import StoryModel

extension Event.Status {
    /// A mark that reads without colour. In ASCII no mark means anything else on screen: `>`
    /// is the list cursor (so "expected" is `o`, a hollow ○) and `~` ends an inferred date (so
    /// "ongoing" is `%`, a part-filled ◐).
    public func mark(ascii: Bool) -> String {
        switch self {
        case .happened: ascii ? "*" : "●"
        case .ongoing: ascii ? "%" : "◐"
        case .scheduled: ascii ? "@" : "◷"
        case .expected: ascii ? "o" : "○"
        case .proposed: ascii ? "+" : "◇"
        case .cancelled: ascii ? "x" : "✗"
        case .unconfirmed: "?"
        }
    }
}

/// The marks of the who-stands-where matrix besides the side tags.
enum StanceMark {
    /// A speaker who spoke to the question without taking a side.
    static func thirdVoice(ascii: Bool) -> String { ascii ? "=" : "o" }
    /// A speaker who said nothing on the question.
    static func nothingSaid(ascii: Bool) -> String { ascii ? "." : "·" }
}

/// What the marks mean, made by the functions that draw them, so a legend always shows the
/// marks on the screen, in UTF-8 and in ASCII alike.
enum Legend {
    /// "● happened", "◐ ongoing", …: every status in the order of the model.
    static func statusEntries(ascii: Bool) -> [String] {
        Event.Status.allCases.map { "\($0.mark(ascii: ascii)) \($0.label)" }
    }

    static func statuses(ascii: Bool) -> String { statusEntries(ascii: ascii).joined(separator: "  ") }

    /// The mark after an inferred date.
    static func inferredDate(_ glyphs: Glyphs) -> String {
        "\(glyphs.inferredMark) after a date: inferred, not printed in the source"
    }

    /// The side tags of a question's columns.
    static let sides = "A, B, C: the sides of a question"

    /// The marks that lead the title of an event whose status changed between reports; nil
    /// when no event's did.
    static func changedStatus(_ context: BrowserContext) -> String? {
        guard let event = context.story.events.indices.first(where: { context.statusMarks($0) != nil }),
            let marks = context.statusMarks(event)
        else { return nil }
        return "\(marks) before a title: the status each report gave, oldest first"
    }

    /// The ends of the time axis and the publication days under it.
    static func axis(ascii: Bool) -> String {
        let by = String(AxisFrame.byLabel(ascii: ascii).filter { $0 != " " })
        return
            "On the axis: \(AxisFrame.tickMark(ascii: ascii)) under the start of each date above, the dates an even step apart; \(by) at the left, events dated \u{201C}by\u{201D} a day; undated ones at the right; \(TimelineScreen.publishedMark(ascii: ascii)) under a day: an article came out"
    }

    /// The cells of the who-stands-where matrix.
    static func matrix(ascii: Bool) -> String {
        "A, B, C: the side taken; \(StanceMark.thirdVoice(ascii: ascii)): a third voice; \(StanceMark.nothingSaid(ascii: ascii)): nothing said"
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
