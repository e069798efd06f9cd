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
        for (id, duplicate) in duplicates {
            let first = definitions[id]!
            context.error("duplicate id \"\(id)\": already used by \(first.kind.article) at \(renderPath(first.path))",
                          at: duplicate.offset, path: duplicate.path)
        }
        for use in uses {
            // Only for messages: most uses are fine, and this is worth not building for them.
            var wanted: String { use.kinds.map(\.rawValue).sorted().joined(separator: " or ") }
            guard let definition = definitions[use.id] else {
                var message = "unknown \(wanted) \"\(use.id)\""
                // Suggestions cost a scan of every id; on a huge broken file, skip them.
                let candidates = definitions.count > 5_000 ? [] : definitions.filter { use.kinds.contains($0.value.kind) }.map(\.key)
                if let suggestion = closestMatch(to: use.id, in: candidates) { message += "; did you mean \"\(suggestion)\"?" }
                context.error(message, at: use.offset, path: use.path)
                continue
            }
            if !use.kinds.contains(definition.kind) {
                context.error("\"\(use.id)\" is \(definition.kind.article), expected \(wanted)", at: use.offset, path: use.path)
            }
        }
    }
}
