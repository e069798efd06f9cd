import DraftQuality
import Foundation
import StoryModel

/// `draft-development ROOT [--no-misses]`: every set of articles about one developing story
/// (Tests/Fixtures/sets, written for the tests; Tests/Fixtures/real/sets, real articles whose
/// text is kept in .real-articles/), drafted together and scored; Markdown tables.
enum DevelopmentBench {
    static func quality(root: URL, showMisses: Bool) throws -> String {
        var lines: [String] = []
        for (title, folder) in [
            ("Sets written for the tests (Tests/Fixtures/sets)", "Tests/Fixtures/sets"),
            ("Real sets (Tests/Fixtures/real/sets)", "Tests/Fixtures/real/sets"),
        ] {
            let url = root.appendingPathComponent(folder)
            let files = try DraftBench.truthFiles(in: url)
            guard !files.isEmpty else { continue }
            lines += ["## \(title)", ""] + header
            var pooled = DevelopmentQuality.Score()
            var misses: [String] = []
            for file in files {
                let truth = try DevelopmentQuality.loadTruth(url.appendingPathComponent(file))
                let name = file.replacingOccurrences(of: ".truth.json", with: "")
                let (score, stored) = try DevelopmentQuality.run(truth, root: root)
                let articles =
                    stored == truth.articles.count ? "\(stored)" : "\(stored) of \(truth.articles.count) stored"
                lines.append(row(name, articles, score))
                pooled = pooled + score
                misses += score.misses.map { "- \(name): \($0)" }
            }
            lines.append(row("**pooled**", "", pooled))
            if showMisses { lines += ["", "Misses:"] + (misses.isEmpty ? ["- none"] : misses) }
            lines.append("")
        }
        lines += [
            "Each cell: recall (found/true); precision (right/drafted); – where there is nothing to count. Matching: pairs of reports of one",
            "happening by two articles that one drafted event holds. Reports across: reports of happenings",
            "several articles report; reports: all. Definitions: Sources/DraftQuality/DevelopmentQuality.swift.",
        ]
        return lines.joined(separator: "\n")
    }

    static let header = [
        "| set | articles | matching | reports across | reports | links | replies | said on |",
        "|---|---|---|---|---|---|---|---|",
    ]

    static func cell(_ counts: DevelopmentQuality.Counts) -> String {
        func ratio(_ part: Int, _ whole: Int) -> String {
            whole == 0 ? "–" : "\(format2(Double(part) / Double(whole))) (\(part)/\(whole))"
        }
        return "\(ratio(counts.found, counts.truth)); \(ratio(counts.right, counts.drafted))"
    }

    static func row(_ name: String, _ articles: String, _ score: DevelopmentQuality.Score) -> String {
        "| \(name) | \(articles) | "
            + DevelopmentQuality.Score.measures.map { cell(score[keyPath: $0]) }.joined(separator: " | ") + " |"
    }
}
