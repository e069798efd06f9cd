import DraftQuality
import Foundation
import StoryDrafting
import StoryModel

/// `draft-quality ROOT`: every truth file under ROOT/Tests/Fixtures/articles, drafted and
/// scored; a Markdown table. `draft-speed ROOT ROUNDS`: the shipped article drafted in-process,
/// and 1,000 articles made from the fixtures (each a fixture with a different number in it).
enum DraftBench {
    static func quality(root: URL) throws -> String {
        let folder = root.appendingPathComponent("Tests/Fixtures/articles")
        // The tuned fixtures, then those held out from the tuning of the rules.
        let files =
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".truth.json") }
            .sorted()
            + (try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("held-out").path))
            .filter { $0.hasSuffix(".truth.json") }.sorted().map { "held-out/\($0)" }
        var lines = [
            "| article | entities (truth) | recall | precision | quotations right | dates right |",
            "|---|---|---|---|---|---|",
        ]
        var misses: [String] = []
        for file in files {
            let truth = try DraftQuality.loadTruth(folder.appendingPathComponent(file))
            let score = DraftQuality.score(try DraftQuality.draft(truth, root: root), against: truth)
            let name = file.replacingOccurrences(of: ".truth.json", with: "")
            lines.append(
                "| \(name) | \(score.entitiesDrafted) (\(score.entitiesTrue)) | \(format2(score.recall)) | \(format2(score.precision)) | \(score.quotesRight)/\(score.quotesTrue) | \(score.datesRight)/\(score.datesTrue) |"
            )
            misses += score.misses.map { "- \(name): \($0)" }
        }
        return (lines + ["", "Misses:"] + (misses.isEmpty ? ["- none"] : misses)).joined(separator: "\n")
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
        return json([
            ("draft_minerals_median_ms", median(single)), ("draft_minerals_max_ms", single.max() ?? 0),
            ("draft_and_load_minerals_median_ms", median(singleWithLoad)),
            ("draft_1000_articles_median_ms", median(thousand)),
        ])
    }
}
