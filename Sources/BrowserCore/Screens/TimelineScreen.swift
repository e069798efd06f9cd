import StoryModel

/// View 3: events in date order, with the source's wording beside the resolved date, and a
/// time axis that shows what is past, what is this week and what is pending.
enum TimelineScreen {
    static func row(_ eventIndex: Int, width: Int, context: BrowserContext) -> String {
        let event = context.story.events[eventIndex]
        let mark = event.status.mark(ascii: context.style.ascii)
        let date = pad(event.when.compact(inferredMark: context.glyphs.inferredMark), 11)
        if width >= 64 {
            let wording = pad(Wrap.clip(context.style.prepare(event.when.text), width: 14, ellipsis: context.glyphs.ellipsis), 14)
            return "\(mark) \(date) \(wording) \(event.title)"
        }
        return "\(mark) \(date) \(event.title)"
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }

    static func eventLink(_ eventIndex: Int, into page: inout PageBuilder, context: BrowserContext) {
        let event = context.story.events[eventIndex]
        let prefix = "\(event.status.mark(ascii: context.style.ascii)) \(event.when.compact(inferredMark: context.glyphs.inferredMark))  "
        page.flow([.text(prefix, .date), .link(event.title, .link, .item(.event(eventIndex)), evidence: .event(eventIndex), description: event.status.label)],
                  indent: 2, hanging: 4)
    }

    static func detail(_ eventIndex: Int, width: Int, context: BrowserContext) -> Page {
        let story = context.story
        let event = story.events[eventIndex]
        var page = PageBuilder(width: width, style: context.style)
        page.paragraph(event.title, role: .heading)
        var when = "\(event.status.mark(ascii: context.style.ascii)) \(event.status.label) · "
        if let resolved = event.when.resolved {
            when += resolved.display + (resolved.inferred ? " (inferred)" : "")
        } else {
            when += "no date in the source"
        }
        page.paragraph(when, role: .date)
        var wording: [PageBuilder.Piece] = [.text("The source says: ", .dim)]
        if event.when.evidence != nil {
            wording.append(.link("\u{201C}\(event.when.text)\u{201D}", .link, .evidence(.event(eventIndex)), evidence: .event(eventIndex), description: "the wording in the source"))
        } else {
            wording.append(.text(event.when.text, .normal))
        }
        page.flow(wording, hanging: 2)
        if let basis = event.when.resolved?.basis {
            page.paragraph("Worked out from: \(basis)", role: .inferred, hanging: 2)
        }
        if let place = event.place.flatMap(context.entity) {
            page.flow([.text("Where: ", .dim), .link(story.entities[place].name, .link, .item(.entity(place)), evidence: .entity(place), description: nil)])
        }
        let people = event.participants.compactMap(context.entity)
        if !people.isEmpty {
            var pieces: [PageBuilder.Piece] = [.text("Who: ", .dim)]
            for (position, person) in people.enumerated() {
                if position > 0 { pieces.append(.text(" · ", .dim)) }
                pieces.append(.link(story.entities[person].name, .link, .item(.entity(person)), evidence: .entity(person), description: nil))
            }
            page.flow(pieces, hanging: 5)
        }
        page.blank()
        page.paragraph(event.summary)
        let claims = context.index.claimsOfEvent[eventIndex]
        if !claims.isEmpty {
            EntitiesScreen.section(&page, "Said here (\(claims.count))")
            for claim in claims { EntitiesScreen.claimLink(claim, showSpeaker: true, into: &page, context: context) }
        }
        EntitiesScreen.section(&page, "In the source")
        for evidence in event.evidence {
            let line = context.index.documentByID[evidence.document].map { story.documents[$0].text.line(ofScalar: evidence.start) }
            page.flow([.text("line \(line ?? 0): ", .dim),
                       .link("\u{201C}\(evidence.excerpt)\u{201D}", .quote, .evidence(.event(eventIndex)), evidence: .event(eventIndex), description: "Enter or s: show in the source")],
                      indent: 2, hanging: 2)
        }
        return page.page
    }

    /// The time axis: every dated event placed by day between the earliest and the latest
    /// date, "by" dates at the left edge, undated ones at the right; the publication day and
    /// the selected event marked.
    static func axis(into grid: inout Grid, rect: Rect, rows: [ListRow], selected: ItemRef?, context: BrowserContext) {
        guard rect.height >= 3, rect.width >= 20 else { return }
        let story = context.story
        let ascii = context.style.ascii
        let events = rows.compactMap { row -> Int? in if case .item(.event(let index)) = row { index } else { nil } }
        let dated = events.compactMap { index in story.events[index].when.resolved.map { (index, $0) } }
        let days = dated.flatMap { [$0.1.start, $0.1.end].compactMap { $0?.ordinal } }
        let published = story.documents.first?.published?.day.ordinal
        guard let first = (days + [published].compactMap { $0 }).min(),
              let last = (days + [published].compactMap { $0 }).max() else {
            grid.put(context.style.prepare("No dated events to place on the axis."), x: rect.x + 1, y: rect.y + 1, role: .dim, maxWidth: rect.width - 2)
            return
        }
        let leftLabel = ascii ? "<= " : "≤ "
        let undatedLabel = " undated"
        // "By" dates get a region of their own at the left, one cell per event.
        let beforeCount = dated.filter { $0.1.precision == .before }.count
        let left = rect.x + 1 + DisplayWidth.of(leftLabel) + beforeCount + 1
        let undatedCount = events.count - dated.count
        let right = rect.maxX - DisplayWidth.of(undatedLabel) - undatedCount - 3
        let span = max(1, last - first)
        func column(_ ordinal: Int) -> Int { left + (ordinal - first) * max(0, right - left) / span }

        let lineY = rect.y + 1
        let line = ascii ? "-" : "─"
        for x in left...max(left, right) { grid.put(line, x: x, y: lineY, role: .axis) }
        grid.put(leftLabel, x: rect.x + 1, y: lineY, role: .axis)
        grid.put(undatedLabel, x: right + 2, y: lineY, role: .axis)

        // Day ticks, as many as fit without overlapping.
        var lastLabelEnd = -1
        for ordinal in first...last {
            let x = column(ordinal)
            let day = Day(ordinal: ordinal)
            let label = "\(Day.weekdayNames[day.weekday]) \(day.day)"
            if x > lastLabelEnd, x + DisplayWidth.of(label) <= rect.maxX {
                grid.put(label, x: x, y: rect.y, role: ordinal == published ? .heading : .axis)
                lastLabelEnd = x + DisplayWidth.of(label)
            }
        }
        if let published {
            let label = ascii ? "^ published" : "▲ published"
            grid.put(label, x: column(published), y: rect.y + 2, role: .dim, maxWidth: rect.maxX - column(published))
        }
        // Events: "by" dates just after the left label, spans at their middle day, undated
        // after the right label; marks that would share a cell move right to the next free one.
        let beforeX = rect.x + 1 + DisplayWidth.of(leftLabel)
        let undatedX = right + 2 + DisplayWidth.of(undatedLabel) + 1
        var taken = Set<Int>()
        for index in events {
            let event = story.events[index]
            var x: Int
            switch event.when.resolved?.precision {
            case .before?: x = beforeX
            case nil: x = undatedX
            default: x = column(event.when.sortOrdinal)
            }
            while taken.contains(x) && x < rect.maxX - 1 { x += 1 }
            taken.insert(x)
            let role: Role = selected == .event(index) ? .selection : (event.status.isPending ? .pending : .normal)
            grid.put(event.status.mark(ascii: ascii), x: x, y: lineY, role: role, maxWidth: 1)
        }
    }
}
