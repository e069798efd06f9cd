import StoryModel

/// View 2: entities grouped by kind; the detail shows what each is and everything it is part of.
enum EntitiesScreen {
    static func row(_ entity: Int, context: BrowserContext) -> String {
        let item = context.story.entities[entity]
        let claims = context.index.claimsBySpeaker[entity].count
        let events = context.index.eventsOfEntity[entity].count
        var counts: [String] = []
        if events > 0 { counts.append("\(events)e") }
        if claims > 0 { counts.append("\(claims)c") }
        return counts.isEmpty ? item.name : "\(item.name)  \(counts.joined(separator: " "))"
    }

    static func detail(_ entityIndex: Int, width: Int, context: BrowserContext) -> Page {
        let story = context.story
        let index = context.index
        let entity = story.entities[entityIndex]
        var page = PageBuilder(width: width, context: context)
        page.paragraph(entity.name, role: .heading)
        draftNotice(entity.drafted, into: &page)
        page.paragraph(
            "\(entity.kind.rawValue.prefix(1).uppercased() + entity.kind.rawValue.dropFirst()) · \(entity.role)",
            role: .dim)
        page.blank()
        page.paragraph(entity.description)
        let others = entity.aliases.filter { $0 != entity.name }
        if !others.isEmpty {
            page.blank()
            page.paragraph("Also written: " + others.joined(separator: " · "), role: .dim, hanging: 2)
        }
        if !entity.mentions.isEmpty {
            let count = entity.mentions.count
            page.flow([
                .text("Named \(count) time\(count == 1 ? "" : "s") in the source: ", .dim),
                .link(
                    "show in source", .link, .evidence(.entity(entityIndex)), evidence: .entity(entityIndex),
                    description: count == 1
                        ? "the place the source names \(entity.name)"
                        : "the \(count) places the source names \(entity.name)"),
            ])
        }

        let relations = index.relationsOfEntity[entityIndex]
        if !relations.isEmpty {
            section(&page, "Relations")
            for relationIndex in relations {
                let relation = story.relations[relationIndex]
                let phrase = relation.label ?? relation.predicate.phrase
                if relation.subject == entity.id, let object = context.entity(relation.object) {
                    page.flow(
                        [
                            .text("\(phrase) ", .normal),
                            .link(
                                story.entities[object].name, .link, .item(.entity(object)),
                                evidence: .relation(relationIndex), description: nil),
                        ],
                        indent: 2, hanging: 2)
                } else if let subject = context.entity(relation.subject) {
                    page.flow(
                        [
                            .link(
                                story.entities[subject].name, .link, .item(.entity(subject)),
                                evidence: .relation(relationIndex), description: nil),
                            .text(" \(phrase) \(entity.name)", .normal),
                        ],
                        indent: 2, hanging: 2)
                }
            }
        }

        let events = index.eventsOfEntity[entityIndex]
        if !events.isEmpty {
            section(&page, "Events (\(events.count))")
            for eventIndex in events { TimelineScreen.eventLink(eventIndex, into: &page, context: context) }
        }
        let claims = index.claimsBySpeaker[entityIndex]
        if !claims.isEmpty {
            section(&page, "Says (\(claims.count))")
            for claimIndex in claims { claimLink(claimIndex, showSpeaker: false, into: &page, context: context) }
        }
        let about = index.claimsAbout[entityIndex]
        if !about.isEmpty {
            section(&page, "Said about \(entity.name) (\(about.count))")
            for claimIndex in about { claimLink(claimIndex, showSpeaker: true, into: &page, context: context) }
        }
        return page.page
    }

    /// A line that says an item was drafted by storyscope and not yet reviewed.
    static func draftNotice(_ drafted: Bool, into page: inout PageBuilder) {
        if drafted {
            page.paragraph("Drafted by storyscope, not yet reviewed: check it against the source.", role: .inferred)
        }
    }

    static func section(_ page: inout PageBuilder, _ title: String) {
        page.blank()
        page.line(title, role: .heading)
    }

    /// One claim as a link: its quote (or paraphrase), leading to the topic it belongs to.
    static func claimLink(_ claimIndex: Int, showSpeaker: Bool, into page: inout PageBuilder, context: BrowserContext) {
        let claim = context.story.claims[claimIndex]
        var pieces: [PageBuilder.Piece] = []
        if showSpeaker { pieces.append(.text("\(context.speakerName(claim.speaker)): ", .dim)) }
        let text = claim.quote.map { "\u{201C}\($0)\u{201D} \u{2014} \(claim.paraphrase)" } ?? claim.paraphrase
        pieces.append(
            .link(
                text, .link, .item(.claim(claimIndex)), evidence: .claim(claimIndex),
                description: "\(claim.reach.label) · Enter: its topic · s: in the source"))
        page.flow(pieces, indent: 2, hanging: 2)
    }
}
