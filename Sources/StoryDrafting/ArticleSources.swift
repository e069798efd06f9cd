import StoryModel

/// The articles named on a command line, files and folders alike, read for one draft and put
/// in date order (`ArticleOrder`).
/// - A file named outright must be an article: anything else (a story file, binary, missing)
///   is the one error.
/// - A folder gives its regular files (`ArticleFolder`). One of them that is not an article (a
///   story file drafted from the others, a picture) is skipped with a warning, so that a folder
///   can keep its draft beside its articles; a folder with no article at all is an error.
/// - The same file reached twice (a folder and a file in it) is read once.
/// - At most `maxArticles` in all.
public enum ArticleSources {
    public static let maxArticles = 200

    public struct Gathered: Sendable {
        /// In date order.
        public var articles: [Drafter.Article]
        /// Files of a folder that were skipped, one line each, naming the file and why.
        public var skipped: [String]
    }

    public static func read(_ paths: [String], published: Day?) -> Result<Gathered, ArticleFile.Failure> {
        var reader = Reader(published: published)
        for path in paths {
            let outcome = ArticleFolder.isFolder(path) ? reader.readFolder(path) : reader.readFile(path)
            if case .failure(let failure) = outcome { return .failure(failure) }
            if reader.articles.count > maxArticles {
                return .failure(
                    ArticleFile.Failure(
                        message: "more than \(maxArticles) articles; storyscope drafts at most \(maxArticles) at once",
                        unreadable: false))
            }
        }
        return .success(Gathered(articles: ArticleOrder.sorted(reader.articles), skipped: reader.skipped))
    }

    private struct Reader {
        var published: Day?
        var articles: [Drafter.Article] = []
        var skipped: [String] = []
        /// Every file read, and those of them that are articles.
        var seen: Set<FileIdentity> = []
        var read: Set<FileIdentity> = []

        init(published: Day?) { self.published = published }

        mutating func readFile(_ path: String) -> Result<Void, ArticleFile.Failure> {
            let identity = FileIdentity.of(path)
            if let identity, !seen.insert(identity).inserted, read.contains(identity) { return .success(()) }
            switch ArticleFile.read(path) {
            case .success(.article(let text)):
                articles.append(article(named: path, text: text, published: published))
                if let identity { read.insert(identity) }
                return .success(())
            case .success(.story):
                return .failure(
                    ArticleFile.Failure(
                        message: "\(path): this is a story file, not an article; it opens alone: storyscope \(path)",
                        unreadable: false))
            case .failure(let failure): return .failure(failure)
            }
        }

        mutating func readFolder(_ folder: String) -> Result<Void, ArticleFile.Failure> {
            let files: [ArticleFolder.File]
            switch ArticleFolder.files(in: folder, limit: maxArticles) {
            case .success(let listed): files = listed
            case .failure(let failure): return .failure(failure)
            }
            var found = 0
            for file in files {
                if read.contains(file.identity) { found += 1 }
                guard seen.insert(file.identity).inserted else { continue }
                switch ArticleFile.read(file.path) {
                case .success(.article(let text)):
                    articles.append(article(named: file.path, text: text, published: published))
                    read.insert(file.identity)
                    found += 1
                case .success(.story):
                    skipped.append(
                        "\(file.path): skipped: a story file, not an article (storyscope \(file.path) opens it)")
                case .failure(let failure):
                    skipped.append("\(file.path): skipped: \(reason(failure.message, path: file.path))")
                }
            }
            guard found == 0 else { return .success(()) }
            let what =
                switch files.count {
                case 0: "no files"
                case 1: "1 file, not an article"
                default: "\(files.count) files, none of them an article"
                }
            return .failure(
                ArticleFile.Failure(
                    message: "\(folder): no article in this folder (\(what); subfolders are not read)",
                    unreadable: files.isEmpty))
        }
    }

    /// An article as the drafter reads it, line ends already LF, so that what is said of it
    /// before drafting (its date, for the order and the warning) is what the draft finds.
    public static func article(named name: String, text: String, published: Day?) -> Drafter.Article {
        Drafter.Article(name: name, text: Drafter.withLineFeeds(text), published: published)
    }

    /// Whether the article has a date of its own or from `--published`.
    public static func isDated(_ article: Drafter.Article) -> Bool {
        (Drafter.datedLine(article.text) ?? article.published) != nil
    }

    /// A failure's message without the file name it starts with.
    private static func reason(_ message: String, path: String) -> String {
        message.hasPrefix(path + ": ") ? String(message.dropFirst(path.count + 2)) : message
    }
}
