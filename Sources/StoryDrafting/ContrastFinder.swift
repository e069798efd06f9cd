/// Where an article sets speakers against each other: a reply or rebuttal ("hit back",
/// "rejected", "in response"), a "but" or "however" between two speakers, one speaker naming
/// the other. The words are data; each pair of speakers becomes one topic, with a question drawn
/// from what both talk about.
enum ContrastFinder {
    /// A quotation's place, as the finder needs it.
    struct Quoted {
        var claim: Int
        var speaker: Int?
        var sentence: Int
        /// The entities named in its sentence.
        var named: Set<Int>
        /// Those named in the sentence before, which often introduces it ("Cooper took May to
        /// task. “…,” she said.").
        var namedBefore: Set<Int>
        /// The words of its sentence, in lower case: what it is about.
        var words: [String]
        /// The words of the sentence before it, in lower case: how it is introduced.
        var before: [String]
    }

    struct Pair {
        var first: Quoted
        var second: Quoted
        /// A word both talk about, if there is one.
        var matter: String?
    }

    /// Words of a sentence that set it against what came before.
    static let rebuttals: [[String]] = [
        ["hit", "back"], ["hits", "back"], ["fired", "back"], ["shot", "back"], ["pushed", "back"], ["replied"],
        ["replies"], ["retorted"], ["countered"], ["rejected"], ["rejects"], ["responded"], ["responding"], ["denied"],
        ["denies"], ["dismissed"], ["disputed"], ["rebuffed"], ["accused"], ["accuses"], ["challenged"],
        ["contested"], ["criticised"], ["criticized"], ["slammed"], ["attacked"], ["disagreed"], ["however"],
        ["but"], ["in", "response"], ["in", "reply"], ["whereas"], ["while"], ["meanwhile"], ["to", "task"],
        ["rebuke"], ["rebuked"], ["objected"], ["insisted"], ["warned"], ["took", "issue"], ["takes", "issue"],
    ]

    /// Words by which a sentence sets its subject against someone: "hit back at", "accused",
    /// "objected". The subject is named before them, the other after them (or elsewhere in the
    /// sentence: "When Collins asked to speak, Schumer objected").
    static let oppositions: [[String]] = [
        ["accused"], ["accuses"], ["attacked"], ["attacks"], ["criticised"], ["criticized"], ["criticises"],
        ["criticizes"], ["slammed"], ["slams"], ["blasted"], ["rejected"], ["rejects"], ["dismissed"],
        ["rebuked"], ["condemned"], ["mocked"], ["challenged"], ["confronted"], ["hit", "back"], ["hits", "back"],
        ["fired", "back"], ["responded", "to"], ["replied", "to"], ["objected"], ["clashed", "with"],
        ["disputed"], ["contradicted"], ["denounced"], ["rounded", "on"], ["lashed", "out"], ["turned", "on"],
        ["took", "aim"], ["to", "task"], ["sued"], ["blamed"], ["admonished"], ["admonishes"], ["scolded"],
        ["rebukes"], ["took", "issue", "with"], ["takes", "issue", "with"],
    ]

    private static let oppositionsByFirstWord = Dictionary(grouping: oppositions) { $0[0] }

    /// The words of an opposition in a sentence's words (offsets from its first word), if it has
    /// one. Verbs are matched as printed, in lower case: no copy of the sentence is made, since
    /// every sentence of an article is asked.
    static func opposition(in words: ArraySlice<ArticleText.Word>) -> Range<Int>? {
        let base = words.startIndex
        for start in words.indices {
            guard let phrases = oppositionsByFirstWord[words[start].text] else { continue }
            for phrase in phrases where start + phrase.count <= words.endIndex {
                if words[start..<start + phrase.count].map(\.text).elementsEqual(phrase) {
                    return (start - base)..<(start - base + phrase.count)
                }
            }
        }
        return nil
    }

    /// How far apart, in sentences, two quotations may be and still answer each other.
    static let reach = 4

    /// Words that say nothing of a matter.
    static let plainWords: Set<String> = [
        "about", "after", "again", "against", "also", "because", "before", "being", "could", "there", "their",
        "these", "those", "thing", "things", "think", "which", "while", "would", "should", "where", "other",
        "people", "really", "going", "said", "says", "told", "added", "today", "every", "right", "still", "under",
        "until", "whether", "without", "years", "first", "never", "always", "whole", "around", "within", "through",
    ]

    static func pairs(_ quoted: [Quoted]) -> [Pair] {
        var result: [Pair] = []
        for (index, second) in quoted.enumerated() {
            guard let speaker = second.speaker else { continue }
            // The nearest earlier quotation of another speaker, within reach.
            guard
                let first = quoted[..<index].last(where: { $0.speaker != nil && $0.speaker != speaker }),
                second.sentence - first.sentence <= reach
            else { continue }
            let shared = matter(first.words, second.words)
            // A reply or rebuttal, one naming the other, or two voices in a row on one matter.
            let answers =
                containsRebuttal(second.before + second.words) || second.named.contains(first.speaker!)
                || (second.sentence - 1 != first.sentence && second.namedBefore.contains(first.speaker!))
                || (shared != nil && quoted[index - 1].claim == first.claim && second.sentence - first.sentence <= 2)
            guard answers else { continue }
            result.append(Pair(first: first, second: second, matter: shared))
        }
        return result
    }

    static func containsRebuttal(_ words: [String]) -> Bool {
        for start in words.indices {
            for phrase in rebuttalsByFirstWord[words[start]] ?? [] where start + phrase.count <= words.count {
                if words[start..<start + phrase.count].elementsEqual(phrase) { return true }
            }
        }
        return false
    }

    private static let rebuttalsByFirstWord = Dictionary(grouping: rebuttals) { $0[0] }

    /// The longest word both sentences use that says something: what they disagree about.
    static func matter(_ first: [String], _ second: [String]) -> String? {
        let shared = Set(first.filter(isMatterWord)).intersection(second.filter(isMatterWord))
        return shared.max { ($0.count, $1) < ($1.count, $0) }
    }

    private static func isMatterWord(_ word: String) -> Bool {
        word.count >= 5 && !plainWords.contains(word) && !ReportingVerbs.all.contains(word)
            && word.allSatisfy(\.isLetter)
    }
}
