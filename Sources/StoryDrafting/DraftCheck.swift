import StoryModel

/// The draft checked by the very rules `storyscope validate` applies, before anyone sees it:
/// whatever a rule refuses is mended (a date that cannot be given is left unresolved, an alias
/// dropped) or left out, with a warning, so that what `draft` writes always validates, whatever
/// the article holds. Rules written for one article cannot foresee every text; this check does
/// not need to.
enum DraftCheck {
    struct Checked {
        /// The story as written to a story file.
        var story: Story
        /// Its story file.
        var file: String
        /// The same story loaded as a story file is (mentions found): what the browser shows.
        var loaded: Story
        var warnings: [String]
    }

    /// Rounds of mending before giving up; one is the rule, two is rare.
    static let maxRounds = 4

    static func check(_ story: Story, name: String) throws(Drafter.Failure) -> Checked {
        var story = story
        var mended: [String] = []
        for _ in 0..<maxRounds {
            let diagnostics: [Diagnostic]
            let file = JSONExport.render(story)
            do {
                let loaded = try StoryLoader().load(bytes: Array(file.utf8), name: name) { _ in
                    .failure(.init(message: "a draft holds its text"))
                }
                return Checked(story: story, file: file, loaded: loaded, warnings: warnings(mended, name: name))
            } catch {
                diagnostics = error.diagnostics
            }
            var edits: [Edit] = []
            for diagnostic in diagnostics {
                guard let edit = diagnostic.path.flatMap(Edit.init(path:)) else {
                    throw Drafter.Failure(message: "\(name): the draft does not validate: \(diagnostic.message)")
                }
                edits.append(edit)
                mended.append(diagnostic.message)
            }
            apply(edits, to: &story)
        }
        throw Drafter.Failure(message: "\(name): the draft does not validate after mending \(mended.count) problems")
    }

    private static func warnings(_ mended: [String], name: String) -> [String] {
        guard !mended.isEmpty else { return [] }
        let shown = mended.prefix(3).map { abbreviate($0, limit: 100) }.joined(separator: "; ")
        let more = mended.count > 3 ? "; and \(mended.count - 3) more" : ""
        return [
            "\(name): \(mended.count) drafted \(mended.count == 1 ? "item" : "items") mended or left out, as validate would refuse \(mended.count == 1 ? "it" : "them"): \(shown)\(more)"
        ]
    }

    /// One mend, read from a diagnostic's JSON path.
    enum Edit: Hashable {
        case removeEntity(Int)
        case removeAlias(entity: Int, alias: Int)
        case removeRelation(Int)
        case removeEvent(Int)
        case unresolveEvent(Int)
        case removeReport(event: Int, report: Int)
        case removeLink(event: Int, link: Int)
        case removeClaim(Int)
        case removeResponse(Int)
        case removeTopic(Int)

        /// `$.events[3].when.resolved.date` → unresolve event 3; `$.claims[2].quote` → remove
        /// claim 2; nil for a place no mend reaches (the documents, the story's own fields).
        init?(path: String) {
            var steps: [(String, Int?)] = []
            for piece in path.split(separator: ".").dropFirst() {
                if let open = piece.firstIndex(of: "["), let close = piece.firstIndex(of: "]") {
                    steps.append((String(piece[..<open]), Int(piece[piece.index(after: open)..<close])))
                } else {
                    steps.append((String(piece), nil))
                }
            }
            guard let (collection, index) = steps.first, let index else { return nil }
            let field = steps.count > 1 ? steps[1] : ("", nil)
            switch (collection, field.0, field.1) {
            case ("entities", "aliases", let alias?): self = .removeAlias(entity: index, alias: alias)
            case ("entities", _, _): self = .removeEntity(index)
            case ("relations", _, _): self = .removeRelation(index)
            case ("events", "when", _): self = .unresolveEvent(index)
            case ("events", "reports", let report?): self = .removeReport(event: index, report: report)
            case ("events", "links", let link?): self = .removeLink(event: index, link: link)
            case ("events", _, _): self = .removeEvent(index)
            case ("claims", "respondsTo", _): self = .removeResponse(index)
            case ("claims", _, _): self = .removeClaim(index)
            case ("topics", _, _): self = .removeTopic(index)
            default: return nil
            }
        }
    }

    /// Carries out the mends, then drops every reference to what was removed.
    static func apply(_ edits: [Edit], to story: inout Story) {
        var entities: Set<Int> = []
        var events: Set<Int> = []
        var claims: Set<Int> = []
        var relations: Set<Int> = []
        var topics: Set<Int> = []
        var aliases: [Int: Set<Int>] = [:]
        var reports: [Int: Set<Int>] = [:]
        var links: [Int: Set<Int>] = [:]
        for edit in edits {
            switch edit {
            case .removeEntity(let index): entities.insert(index)
            case .removeAlias(let entity, let alias): aliases[entity, default: []].insert(alias)
            case .removeRelation(let index): relations.insert(index)
            case .removeEvent(let index): events.insert(index)
            case .unresolveEvent(let index):
                if story.events.indices.contains(index) { story.events[index].when.resolved = nil }
            case .removeReport(let event, let report): reports[event, default: []].insert(report)
            case .removeLink(let event, let link): links[event, default: []].insert(link)
            case .removeClaim(let index): claims.insert(index)
            case .removeResponse(let index):
                if story.claims.indices.contains(index) { story.claims[index].respondsTo = nil }
            case .removeTopic(let index): topics.insert(index)
            }
        }
        for (entity, gone) in aliases where story.entities.indices.contains(entity) {
            story.entities[entity].aliases = story.entities[entity].aliases.enumerated().filter {
                !gone.contains($0.offset)
            }.map(\.element)
        }
        for (event, gone) in reports where story.events.indices.contains(event) {
            story.events[event].reports = story.events[event].reports.enumerated().filter {
                !gone.contains($0.offset)
            }.map(\.element)
        }
        for (event, gone) in links where story.events.indices.contains(event) {
            story.events[event].links = story.events[event].links.enumerated().filter {
                !gone.contains($0.offset)
            }.map(\.element)
        }
        let goneEntities = ids(story.entities.map(\.id), entities)
        let goneEvents = ids(story.events.map(\.id), events)
        let goneClaims = ids(story.claims.map(\.id), claims)
        story.entities = kept(story.entities, entities)
        story.relations = kept(story.relations, relations).filter {
            !goneEntities.contains($0.subject) && !goneEntities.contains($0.object)
        }
        story.events = kept(story.events, events)
        for index in story.events.indices {
            story.events[index].participants.removeAll { goneEntities.contains($0) }
            if let place = story.events[index].place, goneEntities.contains(place) { story.events[index].place = nil }
            story.events[index].links.removeAll { goneEvents.contains($0.event) }
        }
        story.claims = kept(story.claims, claims)
        for index in story.claims.indices {
            if goneEntities.contains(story.claims[index].speaker) {
                // The words stay, in the article's own voice.
                story.claims[index].speaker = story.claims[index].evidence.first?.document ?? story.documents[0].id
                story.claims[index].reach = .reported
            }
            story.claims[index].about.removeAll { goneEntities.contains($0) || goneEvents.contains($0) }
            if let event = story.claims[index].event, goneEvents.contains(event) { story.claims[index].event = nil }
            if let answered = story.claims[index].respondsTo?.claim, goneClaims.contains(answered) {
                story.claims[index].respondsTo = nil
            }
        }
        story.topics = kept(story.topics, topics)
        for index in story.topics.indices {
            for side in story.topics[index].sides.indices {
                story.topics[index].sides[side].claims.removeAll { goneClaims.contains($0) }
            }
            story.topics[index].sides.removeAll { $0.claims.isEmpty }
            story.topics[index].others.removeAll { goneClaims.contains($0) }
        }
        // A contrast needs two sides.
        story.topics.removeAll { $0.sides.count < 2 }
    }

    private static func ids(_ all: [String], _ indexes: Set<Int>) -> Set<String> {
        Set(indexes.compactMap { all.indices.contains($0) ? all[$0] : nil })
    }

    private static func kept<Item>(_ items: [Item], _ removed: Set<Int>) -> [Item] {
        removed.isEmpty ? items : items.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
    }
}
