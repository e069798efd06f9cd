/// Names as sequences of words, looked up word by word: finding every name in a text costs the
/// text's length times the longest name, however many names share their first words ("Ann Lee",
/// "Ann Zq17x", … two thousand of them).
struct NameTrie {
    private struct Node {
        var next: [String: Int] = [:]
        /// The entity whose name ends here.
        var entity: Int?
    }

    private var nodes = [Node()]

    /// Adds a name; a name added twice keeps its first entity.
    mutating func insert(_ words: [String], entity: Int) {
        var node = 0
        for word in words {
            if let child = nodes[node].next[word] {
                node = child
            } else {
                nodes.append(Node())
                nodes[node].next[word] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        if nodes[node].entity == nil { nodes[node].entity = entity }
    }

    /// The longest name that starts at `start`: its entity and how many words it takes.
    /// `forms` gives the forms a word may match as ("Ukraine's" also as "Ukraine").
    func longestMatch(at start: Int, count: Int, forms: (Int) -> [String]) -> (entity: Int, length: Int)? {
        var best: (entity: Int, length: Int)?
        var frontier = [0]
        var position = start
        while !frontier.isEmpty, position < count {
            var reached: [Int] = []
            for node in frontier {
                for form in forms(position) {
                    if let child = nodes[node].next[form], !reached.contains(child) { reached.append(child) }
                }
            }
            position += 1
            for node in reached {
                if let entity = nodes[node].entity { best = (entity, position - start) }
            }
            frontier = reached
        }
        return best
    }
}
