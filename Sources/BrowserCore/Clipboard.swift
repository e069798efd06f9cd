import StoryModel

/// What `y` copies: the item's words and where the source says them, so a pasted quote
/// carries its citation.
enum Citation {
    static func text(for item: ItemRef, context: BrowserContext) -> String {
        let story = context.story
        var lines: [String] = []
        switch item {
        case .claim(let index):
            let claim = story.claims[index]
            let speaker = context.entityName(claim.speaker)
            if let quote = claim.quote {
                lines.append("\u{201C}\(quote)\u{201D} \u{2014} \(speaker) (\(claim.reach.label))")
            } else {
                lines.append("\(speaker) (\(claim.reach.label)): \(claim.paraphrase)")
            }
        case .entity(let index):
            let entity = story.entities[index]
            lines.append("\(entity.name) \u{2014} \(entity.role)")
        case .event(let index):
            let event = story.events[index]
            let date = event.when.resolved.map { "\($0.display)\($0.inferred ? ", inferred" : "")" } ?? "no date given"
            lines.append("\(event.title) (\(event.status.label); \(date); the source says \u{201C}\(event.when.text)\u{201D})")
        case .topic(let index):
            let topic = story.topics[index]
            lines.append(topic.question)
            for (sideIndex, side) in topic.sides.enumerated() { lines.append("\(sideTag(sideIndex)). \(side.label)") }
        case .relation:
            lines.append(context.name(of: item))
        }
        if let evidence = context.index.evidence(of: item, in: story).first,
           let document = context.index.documentByID[evidence.document] {
            let source = story.documents[document]
            var place = "\u{201C}\(source.title)\u{201D}"
            if let published = source.published { place += ", \(published.day.medium)\(published.inferred ? " (inferred)" : "")" }
            lines.append("Source: \(place), line \(source.text.line(ofScalar: evidence.start)): \u{201C}\(evidence.excerpt)\u{201D}")
        }
        return lines.joined(separator: "\n")
    }
}
