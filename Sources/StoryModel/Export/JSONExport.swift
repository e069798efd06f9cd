/// Writes a story in the story-file format, self-contained (document text inline, every
/// evidence span with explicit offsets and its excerpt), so that loading the output gives
/// back an equal story.
public enum JSONExport {
    public static func render(_ story: Story) -> String {
        JSONWriter.render(value(story))
    }

    static func value(_ story: Story) -> JSONValue {
        .object([
            ("format", .string(Story.formatName)),
            ("version", .int(Story.formatVersion)),
            ("id", .string(story.id)),
            ("title", .string(story.title)),
            ("summary", .string(story.summary)),
            ("documents", .array(story.documents.map(document))),
            ("entities", .array(story.entities.map { entity($0, documents: story.documents.map(\.id)) })),
            ("relations", .array(story.relations.map(relation))),
            ("events", .array(story.events.map(event))),
            ("claims", .array(story.claims.map(claim))),
            ("topics", .array(story.topics.map(topic))),
        ])
    }

    private static func optional(_ text: String?) -> JSONValue? { text.map(JSONValue.string) }
    private static func strings(_ list: [String]) -> JSONValue? {
        list.isEmpty ? nil : .array(list.map(JSONValue.string))
    }

    static func evidence(_ item: Evidence) -> JSONValue {
        .object([
            ("document", .string(item.document)),
            ("start", .int(item.start)),
            ("end", .int(item.end)),
            ("excerpt", .string(item.excerpt)),
        ])
    }

    private static func document(_ document: SourceDocument) -> JSONValue {
        .object([
            ("id", .string(document.id)),
            ("title", .string(document.title)),
            ("kind", optional(document.kind)),
            ("outlet", optional(document.outlet)),
            ("url", optional(document.url)),
            (
                "published",
                document.published.map { date in
                    .object([
                        ("date", .string(date.day.iso)), ("inferred", .bool(date.inferred)),
                        ("basis", optional(date.basis)),
                    ])
                }
            ),
            ("note", optional(document.note)),
            (
                "parts",
                document.parts.isEmpty
                    ? nil
                    : .array(
                        document.parts.map { part in
                            .object([
                                ("role", .string(part.role.rawValue)),
                                (
                                    "lines",
                                    part.lines.count == 1
                                        ? .int(part.lines.lowerBound)
                                        : .array([.int(part.lines.lowerBound), .int(part.lines.upperBound)])
                                ),
                                ("note", optional(part.note)),
                            ])
                        })
            ),
            ("text", .string(document.text.string)),
        ])
    }

    private static func entity(_ entity: Entity, documents: [String]) -> JSONValue {
        let authored = entity.mentions.filter { $0.origin == .authored }.map { evidence($0.evidence) }
        return .object([
            ("id", .string(entity.id)),
            ("name", .string(entity.name)),
            ("aliases", aliases(entity, documents: documents)),
            ("kind", .string(entity.kind.rawValue)),
            ("role", .string(entity.role)),
            ("description", .string(entity.description)),
            ("mentions", authored.isEmpty ? nil : .array(authored)),
            ("matchIn", entity.matchedIn[entity.name].flatMap(strings)),
            ("drafted", drafted(entity)),
        ])
    }

    /// Plain names, and an object for each alias matched in other documents than the name.
    private static func aliases(_ entity: Entity, documents: [String]) -> JSONValue? {
        let nameScope = entity.matchedIn[entity.name]
        return entity.aliases.isEmpty
            ? nil
            : .array(
                entity.aliases.map { alias in
                    let scope = entity.matchedIn[alias]
                    guard scope != nameScope, alias != entity.name else { return .string(alias) }
                    return .object([("name", .string(alias)), ("matchIn", strings(scope ?? documents))])
                })
    }

    private static func relation(_ relation: Relation) -> JSONValue {
        .object([
            ("id", .string(relation.id)),
            ("subject", .string(relation.subject)),
            ("predicate", .string(relation.predicate.rawValue)),
            ("object", .string(relation.object)),
            ("label", optional(relation.label)),
            ("evidence", .array(relation.evidence.map(evidence))),
            ("drafted", drafted(relation)),
        ])
    }

    private static func event(_ event: Event) -> JSONValue {
        .object([
            ("id", .string(event.id)),
            ("title", .string(event.title)),
            ("summary", .string(event.summary)),
            ("status", .string(event.status.rawValue)),
            ("when", when(event.when)),
            ("participants", strings(event.participants)),
            ("place", optional(event.place)),
            ("evidence", .array(event.evidence.map(evidence))),
            (
                "links",
                event.links.isEmpty
                    ? nil
                    : .array(
                        event.links.map { link in
                            .object([
                                ("kind", .string(link.kind.rawValue)), ("event", .string(link.event)),
                                ("evidence", .array(link.evidence.map(evidence))),
                            ])
                        })
            ),
            (
                "reports",
                event.reports.isEmpty
                    ? nil
                    : .array(
                        event.reports.map { report in
                            .object([
                                ("document", .string(report.document)), ("status", .string(report.status.rawValue)),
                                ("evidence", .array(report.evidence.map(evidence))), ("when", report.when.map(when)),
                            ])
                        })
            ),
            ("drafted", drafted(event)),
        ])
    }

    /// `"drafted": true` on an item `storyscope draft` made; nothing on a reviewed one.
    private static func drafted(_ item: some Draftable) -> JSONValue? { item.drafted ? .bool(true) : nil }

    private static func when(_ when: When) -> JSONValue {
        .object([
            ("text", .string(when.text)),
            (
                "evidence",
                when.evidence.count > 1
                    ? .array(when.evidence.map(evidence)) : when.evidence.first.map(evidence)
            ),
            (
                "resolved",
                when.resolved.map { time in
                    var pairs: [(String, JSONValue?)] = [("precision", .string(time.precision.rawValue))]
                    switch time.precision {
                    case .day: pairs.append(("date", time.start.map { .string($0.iso) }))
                    case .before: pairs.append(("date", time.end.map { .string($0.iso) }))
                    case .after: pairs.append(("date", time.start.map { .string($0.iso) }))
                    case .week, .range:
                        pairs.append(("start", time.start.map { .string($0.iso) }))
                        pairs.append(("end", time.end.map { .string($0.iso) }))
                    }
                    pairs.append(("inferred", .bool(time.inferred)))
                    pairs.append(("basis", optional(time.basis)))
                    return .object(pairs)
                }
            ),
        ])
    }

    private static func claim(_ claim: Claim) -> JSONValue {
        .object([
            ("id", .string(claim.id)),
            ("speaker", .string(claim.speaker)),
            ("quote", optional(claim.quote)),
            ("paraphrase", .string(claim.paraphrase)),
            ("reach", .string(claim.reach.rawValue)),
            ("event", optional(claim.event)),
            ("about", strings(claim.about)),
            ("evidence", .array(claim.evidence.map(evidence))),
            (
                "respondsTo",
                claim.respondsTo.map { response in
                    .object([
                        ("claim", .string(response.claim)), ("evidence", .array(response.evidence.map(evidence))),
                    ])
                }
            ),
            ("said", claim.said.map(when)),
            ("drafted", drafted(claim)),
        ])
    }

    private static func topic(_ topic: Topic) -> JSONValue {
        .object([
            ("id", .string(topic.id)),
            ("question", .string(topic.question)),
            ("summary", optional(topic.summary)),
            (
                "sides",
                .array(
                    topic.sides.map { side in
                        .object([
                            ("label", .string(side.label)), ("summary", optional(side.summary)),
                            ("claims", .array(side.claims.map(JSONValue.string))),
                        ])
                    })
            ),
            ("others", strings(topic.others)),
            ("drafted", drafted(topic)),
        ])
    }
}
