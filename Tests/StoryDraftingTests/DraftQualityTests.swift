import DraftQuality
import Foundation
import StoryModel
import Testing

@testable import StoryDrafting

/// The drafting targets, held on every article written for them and on the shipped article:
/// named entities found (recall ≥ 0.95) and right (precision ≥ 0.90), quotations with the
/// right speaker (≥ 0.90), time expressions resolved right (all). `storyscope-bench
/// draft-quality` prints the same scores as a table.
@Suite struct DraftQualityTests {
    static let folder = packageRoot.appendingPathComponent("Tests/Fixtures/articles")
    static let truths: [String] =
        (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?
        .filter { $0.hasSuffix(".truth.json") }.sorted() ?? []

    @Test func thereAreSevenArticlesWithTruth() {
        #expect(Self.truths.count >= 7)
    }

    @Test(arguments: truths)
    func theDraftMeetsTheTargets(truthFile: String) throws {
        let truth = try DraftQuality.loadTruth(Self.folder.appendingPathComponent(truthFile))
        let story = try DraftQuality.draft(truth, root: packageRoot)
        let score = DraftQuality.score(story, against: truth)
        let misses = score.misses.joined(separator: "; ")
        #expect(score.recall >= 0.95, "entity recall \(score.recall): \(misses)")
        #expect(score.precision >= 0.90, "entity precision \(score.precision): \(misses)")
        #expect(score.quoteScore >= 0.90, "quotations \(score.quoteScore): \(misses)")
        #expect(score.dateScore == 1, "dates \(score.dateScore): \(misses)")
        let draft = try Drafter.draft([
            Drafter.Article(
                name: URL(fileURLWithPath: truth.article).lastPathComponent,
                text: try String(contentsOf: packageRoot.appendingPathComponent(truth.article), encoding: .utf8),
                published: truth.published.flatMap(Day.init(iso:)))
        ])
        #expect(try Drafter.story(draft) == story, "the browser's draft is the draft the file holds")
        #expect(
            story.draftedCount == story.entities.count + story.relations.count + story.events.count
                + story.claims.count + story.topics.count, "every drafted item is marked")
    }
}
