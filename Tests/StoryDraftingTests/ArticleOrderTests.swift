import Testing

@testable import StoryDrafting
@testable import StoryModel

/// Several articles are drafted as a reader has them: by date, then by file name, the undated
/// last. The articles are a line or two written for these tests.
@Suite struct ArticleOrderTests {
    func article(_ name: String, date: String? = nil, published: String? = nil) -> Drafter.Article {
        let text = (date.map { "Date: \($0)\n" } ?? "") + "Written for storyscope's tests: \(name)."
        return Drafter.Article(name: name, text: text, published: published.flatMap(Day.init(iso:)))
    }

    func order(_ articles: [Drafter.Article]) -> [String] { ArticleOrder.sorted(articles).map(\.name) }

    @Test func byDateOfTheFirstLineWhateverTheFileNames() {
        let articles = [
            article("a-latest.txt", date: "2025-06-10"), article("b-first.txt", date: "2025-06-03"),
            article("c-middle.txt", date: "2025-06-05"),
        ]
        #expect(order(articles) == ["b-first.txt", "c-middle.txt", "a-latest.txt"])
    }

    @Test func publishedDatesTheArticlesWithoutADateLine() {
        let articles = [
            article("z.txt", published: "2025-06-01"), article("a.txt", date: "2025-06-03", published: "2025-06-01"),
        ]
        #expect(order(articles) == ["z.txt", "a.txt"])
    }

    @Test func undatedComeLastByFileName() {
        let articles = [
            article("b-undated.txt"), article("z-dated.txt", date: "2025-06-03"), article("a-undated.txt"),
        ]
        #expect(order(articles) == ["z-dated.txt", "a-undated.txt", "b-undated.txt"])
    }

    @Test func oneDayGoesByFileNameNotByFolder() {
        let articles = [
            article("news/b.txt", date: "2025-06-03"), article("archive/c.txt", date: "2025-06-03"),
            article("zeta/a.txt", date: "2025-06-03"),
        ]
        #expect(order(articles) == ["zeta/a.txt", "news/b.txt", "archive/c.txt"])
        // The same file name in two folders: by the whole path.
        #expect(order([article("y/a.txt"), article("x/a.txt")]) == ["x/a.txt", "y/a.txt"])
    }

    @Test func numbersInNamesCountAsNumbers() {
        let names = ["part-10.txt", "part-2.txt", "part-1.txt", "part-02.txt", "Part-3.txt", "part-.txt"]
        #expect(
            order(names.map { article($0) }) == [
                "Part-3.txt", "part-.txt", "part-1.txt", "part-2.txt", "part-02.txt", "part-10.txt",
            ])
        #expect(ArticleOrder.namePrecedes("a", "ab"))
        #expect(!ArticleOrder.namePrecedes("ab", "a"))
        #expect(!ArticleOrder.namePrecedes("a", "a"))
        #expect(ArticleOrder.namePrecedes("9", "10"))
        #expect(ArticleOrder.namePrecedes("report 99999999999999999999999", "report 100000000000000000000000"))
    }

    @Test func aDateLineThatIsNoDateIsUndated() {
        let articles = [article("a.txt", date: "2025-02-30"), article("b.txt", date: "2025-02-03")]
        #expect(order(articles) == ["b.txt", "a.txt"])
    }

    @Test func theOrderIsTheSameWhateverOrderTheArticlesCameIn() {
        let articles = [
            article("c.txt", date: "2025-06-03"), article("a.txt"), article("b.txt", date: "2025-06-03"),
            article("d.txt", published: "2025-01-01"), article("same.txt"), article("same.txt"),
        ]
        let expected = order(articles)
        for shift in articles.indices {
            let rotated = Array(articles[shift...] + articles[..<shift])
            #expect(order(rotated) == expected)
            #expect(order(rotated.reversed()) == expected)
        }
        #expect(expected == ["d.txt", "b.txt", "c.txt", "a.txt", "same.txt", "same.txt"])
    }
}
