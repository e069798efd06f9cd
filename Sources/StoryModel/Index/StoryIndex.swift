/// The links between a story's items, built once after loading, so that every "what else
/// involves this?" question is a lookup rather than a scan.
public struct StoryIndex: Sendable {
    public let entityByID: [String: Int]
    public let relationByID: [String: Int]
    public let eventByID: [String: Int]
    public let claimByID: [String: Int]
    public let topicByID: [String: Int]
    public let documentByID: [String: Int]

    /// Events in the order they happen: by resolved date (undated last), then as authored.
    public let timeline: [Int]
    /// entity → events it takes part in (as participant or place), in timeline order.
    public let eventsOfEntity: [[Int]]
    /// entity → claims it makes.
    public let claimsBySpeaker: [[Int]]
    /// entity → claims about it (not made by it).
    public let claimsAbout: [[Int]]
    /// entity → relations it is the subject or object of.
    public let relationsOfEntity: [[Int]]
    /// event → claims made at it.
    public let claimsOfEvent: [[Int]]
    /// claim → the topics it is part of, with the side (nil for a third voice).
    public let topicsOfClaim: [[TopicPlacement]]
    /// claim → claims on other sides of the same topics.
    public let claimsAgainst: [[Int]]
    /// event → the events linked to it, each with the index of the link in that event's `links`.
    public let linksToEvent: [[(event: Int, link: Int)]]
    /// claim → the claims that answer it.
    public let responsesToClaim: [[Int]]
    /// document → the claims made in its own voice.
    public let claimsOfDocumentVoice: [[Int]]
    /// document → every evidence span in it and the item it supports, sorted by start.
    public let spans: [[SpanRef]]

    public struct TopicPlacement: Sendable, Hashable {
        public var topic: Int
        /// Index into the topic's sides; nil for a third voice.
        public var side: Int?
    }

    public struct SpanRef: Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var item: ItemRef
        /// True for an entity mention found by name rather than authored.
        public var matched: Bool
    }

    public init(_ story: Story) {
        func lookup(_ ids: [String]) -> [String: Int] {
            var table = [String: Int](minimumCapacity: ids.count)
            for (index, id) in ids.enumerated() where table[id] == nil { table[id] = index }
            return table
        }
        let entityByID = lookup(story.entities.map(\.id))
        let eventByID = lookup(story.events.map(\.id))
        let claimByID = lookup(story.claims.map(\.id))
        let documentByID = lookup(story.documents.map(\.id))
        self.entityByID = entityByID
        self.eventByID = eventByID
        self.claimByID = claimByID
        self.documentByID = documentByID
        self.relationByID = lookup(story.relations.map(\.id))
        self.topicByID = lookup(story.topics.map(\.id))

        timeline = story.events.indices.sorted { a, b in
            let left = story.events[a].when.sortOrdinal
            let right = story.events[b].when.sortOrdinal
            return left != right ? left < right : a < b
        }
        var position = [Int](repeating: 0, count: story.events.count)
        for (rank, event) in timeline.enumerated() { position[event] = rank }

        var eventsOfEntity = [[Int]](repeating: [], count: story.entities.count)
        var linksToEvent = [[(event: Int, link: Int)]](repeating: [], count: story.events.count)
        for (index, event) in story.events.enumerated() {
            var seen = Set<Int>()
            for id in event.participants + (event.place.map { [$0] } ?? []) {
                if let entity = entityByID[id], seen.insert(entity).inserted { eventsOfEntity[entity].append(index) }
            }
            for (position, link) in event.links.enumerated() {
                if let other = eventByID[link.event] { linksToEvent[other].append((index, position)) }
            }
        }
        self.eventsOfEntity = eventsOfEntity.map { $0.sorted { position[$0] < position[$1] } }

        var claimsBySpeaker = [[Int]](repeating: [], count: story.entities.count)
        var claimsAbout = [[Int]](repeating: [], count: story.entities.count)
        var claimsOfEvent = [[Int]](repeating: [], count: story.events.count)
        var responsesToClaim = [[Int]](repeating: [], count: story.claims.count)
        var claimsOfDocumentVoice = [[Int]](repeating: [], count: story.documents.count)
        for (index, claim) in story.claims.enumerated() {
            if let speaker = entityByID[claim.speaker] {
                claimsBySpeaker[speaker].append(index)
            } else if let document = documentByID[claim.speaker] {
                claimsOfDocumentVoice[document].append(index)
            }
            for id in claim.about where id != claim.speaker {
                if let entity = entityByID[id] { claimsAbout[entity].append(index) }
            }
            if let id = claim.event, let event = eventByID[id] { claimsOfEvent[event].append(index) }
            if let answered = claim.respondsTo.flatMap({ claimByID[$0.claim] }) {
                responsesToClaim[answered].append(index)
            }
        }
        self.linksToEvent = linksToEvent
        self.responsesToClaim = responsesToClaim
        self.claimsOfDocumentVoice = claimsOfDocumentVoice
        self.claimsBySpeaker = claimsBySpeaker
        self.claimsAbout = claimsAbout
        self.claimsOfEvent = claimsOfEvent

        var relationsOfEntity = [[Int]](repeating: [], count: story.entities.count)
        for (index, relation) in story.relations.enumerated() {
            if let subject = entityByID[relation.subject] { relationsOfEntity[subject].append(index) }
            if let object = entityByID[relation.object], relation.object != relation.subject {
                relationsOfEntity[object].append(index)
            }
        }
        self.relationsOfEntity = relationsOfEntity

        var topicsOfClaim = [[TopicPlacement]](repeating: [], count: story.claims.count)
        var claimsAgainst = [Set<Int>](repeating: [], count: story.claims.count)
        for (topicIndex, topic) in story.topics.enumerated() {
            let sides = topic.sides.map { $0.claims.compactMap { claimByID[$0] } }
            for (sideIndex, claims) in sides.enumerated() {
                for claim in claims {
                    topicsOfClaim[claim].append(TopicPlacement(topic: topicIndex, side: sideIndex))
                    for (otherIndex, others) in sides.enumerated() where otherIndex != sideIndex {
                        claimsAgainst[claim].formUnion(others)
                    }
                }
            }
            for claim in topic.others.compactMap({ claimByID[$0] }) {
                topicsOfClaim[claim].append(TopicPlacement(topic: topicIndex, side: nil))
            }
        }
        self.topicsOfClaim = topicsOfClaim
        self.claimsAgainst = claimsAgainst.map { $0.sorted() }

        var spans = [[SpanRef]](repeating: [], count: story.documents.count)
        func add(_ evidence: Evidence, _ item: ItemRef, matched: Bool = false) {
            guard let document = documentByID[evidence.document] else { return }
            spans[document].append(SpanRef(start: evidence.start, end: evidence.end, item: item, matched: matched))
        }
        for (index, entity) in story.entities.enumerated() {
            for mention in entity.mentions {
                add(mention.evidence, .entity(index), matched: mention.origin != .authored)
            }
        }
        for (index, relation) in story.relations.enumerated() {
            for evidence in relation.evidence { add(evidence, .relation(index)) }
        }
        for (index, event) in story.events.enumerated() {
            for evidence in event.evidence { add(evidence, .event(index)) }
            for evidence in event.when.evidence { add(evidence, .event(index)) }
            for link in event.links {
                for evidence in link.evidence { add(evidence, .event(index)) }
            }
            for report in event.reports {
                for evidence in report.evidence + (report.when?.evidence ?? []) { add(evidence, .event(index)) }
            }
        }
        for (index, claim) in story.claims.enumerated() {
            for evidence in claim.evidence + (claim.respondsTo?.evidence ?? []) + (claim.said?.evidence ?? []) {
                add(evidence, .claim(index))
            }
        }
        self.spans = spans.map { $0.sorted { ($0.start, $0.end, $0.item) < ($1.start, $1.end, $1.item) } }
    }

    /// The items whose evidence overlaps a range of a document.
    public func items(inDocument document: Int, overlapping range: Range<Int>) -> [SpanRef] {
        guard spans.indices.contains(document) else { return [] }
        // Spans are sorted by start; any span starting at or after range.upperBound cannot overlap.
        let list = spans[document]
        let low = list.partitionPoint { $0.start >= range.upperBound }
        return list[..<low].filter { $0.end > range.lowerBound }
    }

    /// Every evidence span of an item, in document order.
    public func evidence(of item: ItemRef, in story: Story) -> [Evidence] {
        switch item {
        case .entity(let index): return story.entities[index].mentions.map(\.evidence)
        case .relation(let index): return story.relations[index].evidence
        case .event(let index):
            let event = story.events[index]
            return event.evidence + event.when.evidence
                + event.reports.flatMap { $0.evidence + ($0.when?.evidence ?? []) } + event.links.flatMap(\.evidence)
        case .claim(let index):
            let claim = story.claims[index]
            return claim.evidence + (claim.respondsTo?.evidence ?? []) + (claim.said?.evidence ?? [])
        case .topic(let index):
            return story.topics[index].sides.flatMap(\.claims).compactMap { claimByID[$0] }.flatMap {
                story.claims[$0].evidence
            }
                + story.topics[index].others.compactMap { claimByID[$0] }.flatMap { story.claims[$0].evidence }
        }
    }
}
