/// The kinds of things a story file gives ids to.
enum ItemKind: String, Sendable {
    case document, entity, relation, event, claim, topic

    var article: String {
        switch self {
        case .entity, .event: "an \(rawValue)"
        default: "a \(rawValue)"
        }
    }
}

/// Every id a story defines, and every place one is used, checked together once the whole
/// file is read: duplicate ids, dangling references, references to the wrong kind of item.
struct ReferenceTable {
    private struct Definition {
        var kind: ItemKind
        var offset: Int
        var path: [PathPiece]
    }

    private struct Use {
        var id: String
        var kinds: Set<ItemKind>
        var offset: Int
        var path: [PathPiece]
    }

    private var definitions: [String: Definition] = [:]
    private var duplicates: [(id: String, definition: Definition)] = []
    private var uses: [Use] = []

    mutating func define(_ id: String, kind: ItemKind, offset: Int, path: [PathPiece]) {
        let definition = Definition(kind: kind, offset: offset, path: path)
        if definitions[id] != nil {
            duplicates.append((id, definition))
        } else {
            definitions[id] = definition
        }
    }

    mutating func use(_ id: String, kinds: Set<ItemKind>, offset: Int, path: [PathPiece]) {
        uses.append(Use(id: id, kinds: kinds, offset: offset, path: path))
    }

    func check(context: DecodeContext) {
        // The line of each first use, found for the listed duplicates only, in one pass.
        let listed = duplicates.prefix(DecodeContext.maxListed)
        let firstLines = context.lines(of: listed.map { definitions[$0.id]!.offset })
        for (index, (id, duplicate)) in duplicates.enumerated() {
            let first = definitions[id]!
            let line = index < firstLines.count ? "line \(firstLines[index]), " : ""
            context.error(
                "duplicate id \(quoted(id)): already used by \(first.kind.article) at \(line)\(renderPath(first.path))",
                at: duplicate.offset, path: duplicate.path)
        }
        // Made on the first unknown id: a valid story needs no suggestions.
        var suggestions: SuggestionBudget?
        for use in uses {
            // Only for messages: most uses are fine, and this is worth not building for them.
            var wanted: String { use.kinds.map(\.rawValue).sorted().joined(separator: " or ") }
            guard let definition = definitions[use.id] else {
                var message = "unknown \(wanted) \(quoted(use.id))"
                if suggestions == nil { suggestions = SuggestionBudget(definitions: definitions) }
                if let suggestion = suggestions?.closest(to: use.id, kinds: use.kinds) {
                    message += "; did you mean \(quoted(suggestion))?"
                }
                context.error(message, at: use.offset, path: use.path)
                continue
            }
            if !use.kinds.contains(definition.kind) {
                context.error(
                    "\(quoted(use.id)) is \(definition.kind.article), expected \(wanted)", at: use.offset,
                    path: use.path)
            }
        }
    }

    /// "Did you mean" for unknown ids, within a bounded amount of work per file: ids are
    /// grouped by kind and length once, each unknown id is answered once, and after
    /// `maxComparisons` comparisons the rest get no suggestion.
    private struct SuggestionBudget {
        static let maxComparisons = 200_000
        private let byKind: [ItemKind: [Int: [(id: String, scalars: [UInt32])]]]
        private var answered: [String: String?] = [:]
        private var comparisons = 0

        init(definitions: [String: Definition]) {
            var byKind: [ItemKind: [Int: [(id: String, scalars: [UInt32])]]] = [:]
            for (id, definition) in definitions.sorted(by: { $0.value.offset < $1.value.offset }) {
                guard let scalars = suggestionScalars(id) else { continue }
                byKind[definition.kind, default: [:]][scalars.count, default: []].append((id, scalars))
            }
            self.byKind = byKind
        }

        mutating func closest(to id: String, kinds: Set<ItemKind>) -> String? {
            let key = kinds.map(\.rawValue).sorted().joined(separator: "|") + ":" + id
            if let known = answered[key] { return known }
            guard comparisons < Self.maxComparisons, let target = suggestionScalars(id) else { return nil }
            var best: (id: String, distance: Int)?
            let allowed = suggestionDistanceLimit(target.count)
            guard allowed >= 0 else { return nil }
            let negated = NegatedName(id)
            for length in max(0, target.count - allowed)...(target.count + allowed) {
                for kind in kinds.sorted(by: { $0.rawValue < $1.rawValue }) {
                    for candidate in byKind[kind]?[length] ?? [] {
                        comparisons += 1
                        let limit = min(allowed, (best?.distance ?? Int.max) - 1)
                        if let distance = boundedEditDistance(target, candidate.scalars, limit: limit),
                            !negated.isOpposite(of: NegatedName(candidate.id))
                        {
                            best = (candidate.id, distance)
                        }
                    }
                }
            }
            answered[key] = best?.id
            return best?.id
        }
    }
}
