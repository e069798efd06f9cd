import StoryModel

/// What `y` copies: the item's words and where the source says them, so a pasted quote
/// carries its citation. The text comes from a story file, which may be hostile, and is pasted
/// where the reader chooses, often a shell: it is one line of visible text. Line breaks in the
/// data become spaces, and control characters (escape sequences, C1 controls) and
/// bidirectional overrides are shown as the browser shows them (`^[`, `<U+202E>`), so a paste
/// can neither run a command by itself nor drive the terminal.
enum Citation {
    static func text(for item: ItemRef, context: BrowserContext) -> String {
        pieces(for: item, context: context).map { visibleText(oneLine($0)) }.joined(separator: " \u{2014} ")
    }

    /// Line and paragraph breaks and tabs as spaces (CR LF as one).
    static func oneLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n" where previous == "\r": break
            case "\n", "\r", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": out.append(" ")
            default: out.append(scalar)
            }
            previous = scalar
        }
        return String(out)
    }

    private static func pieces(for item: ItemRef, context: BrowserContext) -> [String] {
        let story = context.story
        var lines: [String] = []
        switch item {
        case .claim(let index):
            let claim = story.claims[index]
            let speaker = context.speakerName(claim.speaker)
            if let quote = claim.quote {
                lines.append("\u{201C}\(quote)\u{201D}")
                lines.append("\(speaker) (\(claim.reach.label))")
            } else {
                lines.append("\(speaker) (\(claim.reach.label)): \(claim.paraphrase)")
            }
        case .entity(let index):
            let entity = story.entities[index]
            lines.append("\(entity.name) \u{2014} \(entity.role)")
        case .event(let index):
            let event = story.events[index]
            let date = event.when.resolved.map { "\($0.display)\($0.inferred ? ", inferred" : "")" } ?? "no date given"
            lines.append(
                "\(event.title) (\(event.status.label); \(date); the source says \u{201C}\(event.when.text)\u{201D})")
        case .topic(let index):
            let topic = story.topics[index]
            lines.append(topic.question)
            lines.append(
                topic.sides.enumerated().map { "\(sideTag($0.offset)). \($0.element.label)" }.joined(separator: "; "))
        case .relation:
            lines.append(context.name(of: item))
        }
        if let evidence = context.index.evidence(of: item, in: story).first,
            let document = context.index.documentByID[evidence.document]
        {
            let source = story.documents[document]
            var place = "\u{201C}\(source.title)\u{201D}"
            if let published = source.published {
                place += ", \(published.day.medium)\(published.inferred ? " (inferred)" : "")"
            }
            lines.append(
                "Source: \(place), line \(source.text.line(ofScalar: evidence.start)): \u{201C}\(evidence.excerpt)\u{201D}"
            )
        }
        return lines
    }
}
