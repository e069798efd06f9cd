/// A calendar day (proleptic Gregorian) of the years 1 to 9999, written "YYYY-MM-DD" in story
/// files.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The years a story file can write.
    public static let years = 1...9999

    public init?(year: Int, month: Int, day: Int) {
        guard Day.years.contains(year), (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly "YYYY-MM-DD".
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days-from-civil).
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    public init(ordinal: Int) {
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    /// The day `days` later (earlier when negative), or nil when that is outside the years 1 to
    /// 9999: counts read from a text ("9223372036854775807 days ago") may be anything.
    public func adding(days: Int) -> Day? {
        let (sum, overflow) = ordinal.addingReportingOverflow(days)
        guard !overflow, (Day.first.ordinal...Day.last.ordinal).contains(sum) else { return nil }
        return Day(ordinal: sum)
    }

    /// The day `count` weeks (or any unit of `unit` days) later, checked as `adding(days:)` is.
    public func adding(_ count: Int, times unit: Int) -> Day? {
        let (days, overflow) = count.multipliedReportingOverflow(by: unit)
        return overflow ? nil : adding(days: days)
    }

    static let first = Day(year: 1, month: 1, day: 1)!
    static let last = Day(year: 9999, month: 12, day: 31)!

    /// 0 = Monday ... 6 = Sunday.
    public var weekday: Int { ((ordinal % 7) + 7 + 3) % 7 }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    public var iso: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    public static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    public static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    public static let weekdayFullNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    public static let monthFullNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// "Fri 28 Feb 2025".
    public var long: String { "\(Day.weekdayNames[weekday]) \(day) \(Day.monthNames[month - 1]) \(year)" }
    /// "28 Feb 2025".
    public var medium: String { "\(day) \(Day.monthNames[month - 1]) \(year)" }
    /// "28 Feb".
    public var short: String { "\(day) \(Day.monthNames[month - 1])" }
}

/// A date or range worked out for a time expression, with how precise it is.
public struct ResolvedTime: Sendable, Hashable {
    public enum Precision: String, Sendable, CaseIterable {
        /// One day: `start == end`.
        case day
        /// A calendar week, Monday to Sunday.
        case week
        /// Any other span of days.
        case range
        /// On or before `end`.
        case before
        /// On or after `start`.
        case after
    }

    public var precision: Precision
    public var start: Day?
    public var end: Day?
    /// True when the date is not printed in the source but worked out from it.
    public var inferred: Bool
    /// How it was worked out, for a reader who wants to check.
    public var basis: String?

    public init(precision: Precision, start: Day?, end: Day?, inferred: Bool, basis: String? = nil) {
        self.precision = precision
        self.start = start
        self.end = end
        self.inferred = inferred
        self.basis = basis
    }

    public static func day(_ day: Day, inferred: Bool, basis: String? = nil) -> ResolvedTime {
        ResolvedTime(precision: .day, start: day, end: day, inferred: inferred, basis: basis)
    }

    /// A day to order by: a span orders by its middle, "before X" just before X and
    /// "after X" just after it.
    public var sortOrdinal: Int {
        switch precision {
        case .day: start?.ordinal ?? 0
        case .week, .range: ((start?.ordinal ?? 0) + (end?.ordinal ?? 0)) / 2
        case .before: (end?.ordinal ?? 0) - 1
        case .after: (start?.ordinal ?? 0) + 1
        }
    }

    /// The first day the time can fall on; nil for "before X", which has none.
    public var firstDay: Day? {
        switch precision {
        case .day, .week, .range, .after: start
        case .before: nil
        }
    }

    /// The last day the time can fall on; nil for "after X", which has none.
    public var lastDay: Day? {
        switch precision {
        case .day: start
        case .week, .range, .before: end
        case .after: nil
        }
    }

    /// Whether two times name the same days, however each was worked out.
    public func sameDays(as other: ResolvedTime) -> Bool {
        precision == other.precision && start == other.start && end == other.end
    }

    /// A short human form: "Fri 28 Feb 2025", "week of 24 Feb 2025", "before 26 Feb 2025".
    public var display: String {
        switch precision {
        case .day: start?.long ?? "?"
        case .week: "week of \(start?.medium ?? "?")"
        case .range: "\(start?.medium ?? "?") – \(end?.medium ?? "?")"
        case .before: "by \(end?.medium ?? "?")"
        case .after: "after \(start?.medium ?? "?")"
        }
    }
}

/// When something happens: the source's own wording, and the date worked out from it.
public struct When: Sendable, Hashable {
    /// The wording the source uses ("on Friday", "recently", "this week"), or a short
    /// statement that the source gives no time.
    public var text: String
    /// Where the wording stands in the sources: one place in each document that gives it.
    public var evidence: [Evidence]
    /// Nil when the source supports no date.
    public var resolved: ResolvedTime?

    public init(text: String, evidence: [Evidence] = [], resolved: ResolvedTime? = nil) {
        self.text = text
        self.evidence = evidence
        self.resolved = resolved
    }

    public var sortOrdinal: Int { resolved?.sortOrdinal ?? Int.max }
}
