import StoryModel

/// View 2: entities grouped by kind; the detail shows what each is and everything it is part of.
enum EntitiesScreen {
    /// A row of the list: the name, then how many events the entity takes part in and how
    /// many claims it makes, in columns at the right ("4 events  10 claims"), or "4e 10c"
    /// where that does not fit beside the name.
    static func row(_ entity: Int, width: Int = .max, context: BrowserContext) -> String {
        let name = context.story.entities[entity].name
        let events = context.index.eventsOfEntity[entity].count
        let claims = context.index.claimsBySpeaker[entity].count
        guard events > 0 || claims > 0 else { return name }
        let long = counts(events: events, claims: claims, short: false)
        guard width != .max else { return "\(name)  \(long.drop { $0 == " " })" }
        // A long name gives way (its detail shows it whole) while it keeps 12 cells.
        let nameRoom = width - DisplayWidth.of(long) - 2
        if nameRoom >= 12 {
            let shown = Wrap.clip(name, width: nameRoom, ellipsis: context.glyphs.ellipsis)
            return shown + String(repeating: " ", count: width - DisplayWidth.of(shown) - DisplayWidth.of(long)) + long
        }
        return "\(name)  \(counts(events: events, claims: claims, short: true))"
    }

    /// "4 events  10 claims", each count in a column of its own (blank when zero), or "4e 10c".
    static func counts(events: Int, claims: Int, short: Bool) -> String {
        if short {
            return [events > 0 ? "\(events)e" : nil, claims > 0 ? "\(claims)c" : nil].compactMap { $0 }.joined(
                separator: " ")
        }
        func column(_ count: Int, _ noun: String) -> String {
            let text = count == 0 ? "" : "\(count) \(noun)\(count == 1 ? "" : "s")"
            return String(repeating: " ", count: max(0, 9 - DisplayWidth.of(text))) + text
        }
        return column(events, "event") + "  " + column(claims, "claim")
    }

    /// What the counts after a name mean, in both their forms.
    static var countsLegend: String {
        "\u{201C}\(counts(events: 4, claims: 10, short: false).drop { $0 == " " })\u{201D} after a name (\u{201C}\(counts(events: 4, claims: 10, short: true))\u{201D} where the list is narrow): the events it takes part in, the claims it makes."
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
            // "in the source", or in a story of several articles how many of them: the count is
            // of all of them, where the Source view counts the article it shows.
            let source = context.sourceWording(documentsOf: entity.mentions.map(\.evidence.document))
            let places = count == 1 ? "the place" : "the \(count) places"
            page.flow([
                .text("Named \(count) time\(count == 1 ? "" : "s") in \(source): ", .dim),
                .link(
                    "show in source", .link, .evidence(.entity(entityIndex)), evidence: .entity(entityIndex),
                    description: context.development.hasSeveralDocuments
                        ? "\(places) \(entity.name) is named in \(source)"
                        : "\(places) the source names \(entity.name)"),
            ])
        }

        let relations = index.relationsOfEntity[entityIndex]
        if !relations.isEmpty {
            section(&page, "Relations")
            for relationIndex in relations {
                let relation = story.relations[relationIndex]
                let phrase = relation.label ?? relation.predicate.phrase
                if relation.subject == entity.id, let object = context.entity(relation.object) {
                    // "is President of the United States": the article outside the link.
                    let (article, name) = story.entities[object].inSentence(after: phrase)
                    page.flow(
                        [
                            .text("\(phrase) \(article.map { "\($0) " } ?? "")", .normal),
                            .link(
                                name, .link, .item(.entity(object)), evidence: .relation(relationIndex),
                                description: nil),
                        ],
                        indent: 2, hanging: 2)
                } else if let subject = context.entity(relation.subject) {
                    let (article, name) = story.entities[subject].inSentence
                    let object = entity.inSentence(after: phrase)
                    page.flow(
                        (article.map { [PageBuilder.Piece.text("\($0.capitalizingFirst) ", .normal)] } ?? []) + [
                            .link(
                                article == nil ? name.capitalizingFirst : name, .link, .item(.entity(subject)),
                                evidence: .relation(relationIndex), description: nil),
                            .text(" \(phrase) \(object.article.map { "\($0) " } ?? "")\(object.name)", .normal),
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
            for claimIndex in context.inOrderOfTime(claims) {
                claimLink(claimIndex, showSpeaker: false, into: &page, context: context)
            }
        }
        let about = index.claimsAbout[entityIndex]
        if !about.isEmpty {
            section(&page, "Said about \(entity.nameInSentence) (\(about.count))")
            for claimIndex in context.inOrderOfTime(about) {
                claimLink(claimIndex, showSpeaker: true, into: &page, context: context)
            }
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

    /// One claim as a link: its quote (or paraphrase), leading to the topic it belongs to. Where
    /// claims are dated (a story of several documents, or words said on a day the text gives),
    /// the claim's time comes first ("10 Jun", "7 Jun~"), as Narratives gives it: what was
    /// said when.
    static func claimLink(_ claimIndex: Int, showSpeaker: Bool, into page: inout PageBuilder, context: BrowserContext) {
        let claim = context.story.claims[claimIndex]
        var pieces: [PageBuilder.Piece] = []
        var hanging = 2
        if context.development.datesClaims {
            // "3 Jun" and "10 Jun" in one column, the claims beside it (blank where undated).
            let day = context.claimDate(claimIndex) ?? ""
            let column = TimelineScreen.pad(day, 8)
            pieces.append(.text(column, .date))
            hanging = DisplayWidth.of(column)
        }
        if showSpeaker { pieces.append(.text("\(context.speakerName(claim.speaker)): ", .dim)) }
        let text = claim.quote.map { "\u{201C}\($0)\u{201D} \u{2014} \(claim.paraphrase)" } ?? claim.paraphrase
        pieces.append(
            .link(
                text, .link, .item(.claim(claimIndex)), evidence: .claim(claimIndex),
                description: "\(claim.reach.label) · Enter: its topic · s: in the source"))
        page.flow(pieces, indent: 2, hanging: hanging)
    }
}
