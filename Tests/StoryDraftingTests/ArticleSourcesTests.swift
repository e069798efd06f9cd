import Foundation
import Testing

@testable import StoryDrafting
@testable import StoryModel

#if canImport(Glibc)
import Glibc
#endif

/// Articles from files and folders named on the command line, hostile folders included. The
/// articles are a line or two written for these tests.
@Suite struct ArticleSourcesTests {
    /// A folder of the test's own, removed at the end.
    final class Folder {
        let url: URL
        var path: String { url.path }

        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("storyscope-sources-\(UUID())")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }

        deinit {
            chmod(path, 0o755)
            try? FileManager.default.removeItem(at: url)
        }

        @discardableResult
        func write(_ name: String, _ text: String) throws -> String {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: false, encoding: .utf8)
            return file.path
        }

        @discardableResult
        func article(_ name: String, date: String? = nil) throws -> String {
            try write(
                name, (date.map { "Date: \($0)\n" } ?? "") + "Written for storyscope's tests. Ann Lee met Bo Park.\n")
        }

        func sub(_ name: String) -> String { url.appendingPathComponent(name).path }
    }

    func read(_ paths: [String], published: Day? = nil) -> Result<ArticleSources.Gathered, ArticleFile.Failure> {
        ArticleSources.read(paths, published: published)
    }

    func names(_ gathered: ArticleSources.Gathered, in folder: Folder) -> [String] {
        gathered.articles.map { String($0.name.dropFirst(folder.path.count + 1)) }
    }

    @Test func aFolderGivesItsArticlesInDateOrderAndSkipsWhatIsNoArticle() throws {
        let folder = try Folder()
        try folder.article("a-later.txt", date: "2025-06-10")
        try folder.article("b-earlier.txt", date: "2025-06-03")
        try folder.article("c-undated.txt")
        try folder.write("story.json", "{\"format\": \"storyscope-story\"}")
        try folder.write("empty.txt", "\n")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).write(to: folder.url.appendingPathComponent("picture.png"))
        try folder.article(".hidden.txt", date: "2025-01-01")
        try folder.article("sub/inside.txt", date: "2025-01-01")
        let gathered = try read([folder.path]).get()
        #expect(names(gathered, in: folder) == ["b-earlier.txt", "a-later.txt", "c-undated.txt"])
        #expect(gathered.skipped.count == 3, "\(gathered.skipped)")
        #expect(
            gathered.skipped.contains(
                "\(folder.sub("story.json")): skipped: a story file, not an article (storyscope \(folder.sub("story.json")) opens it)"
            ))
        #expect(gathered.skipped.contains { $0.hasPrefix("\(folder.sub("empty.txt")): skipped: the file is empty") })
        #expect(gathered.skipped.contains { $0.hasPrefix("\(folder.sub("picture.png")): skipped: neither a story") })
        #expect(!gathered.skipped.joined().contains("hidden") && !gathered.skipped.joined().contains("inside"))
    }

    /// A FIFO with a writer that never writes would block a read for ever; a symbolic link that
    /// loops, leads nowhere, to a device or to a folder is not a regular file either. None is
    /// opened, so the folder is read at once; a link to a regular file is read as that file.
    @Test func whatIsNotARegularFileIsNeverOpened() throws {
        let folder = try Folder()
        try folder.article("article.txt", date: "2025-06-03")
        let elsewhere = try Folder()
        let linked = try elsewhere.article("linked.txt", date: "2025-06-04")
        let fifo = folder.sub("fifo.txt")
        #expect(mkfifo(fifo, 0o600) == 0)
        // Held open for writing: a read of it would wait for data that never comes.
        let writer = open(fifo, O_RDWR | O_NONBLOCK)
        defer { close(writer) }
        #expect(writer >= 0)
        #expect(symlink("loop.txt", folder.sub("loop.txt")) == 0)
        #expect(symlink("nowhere.txt", folder.sub("dangling.txt")) == 0)
        #expect(symlink("/dev/zero", folder.sub("zero.txt")) == 0)
        #expect(symlink(".", folder.sub("self")) == 0)
        #expect(symlink(linked, folder.sub("link.txt")) == 0)
        let path = folder.path
        let gathered = try withDeadline(seconds: 10) { ArticleSources.read([path], published: nil) }.get()
        #expect(names(gathered, in: folder) == ["article.txt", "link.txt"])
        #expect(gathered.skipped.isEmpty, "\(gathered.skipped)")
    }

    @Test func aFolderOfMoreThanTwoHundredFilesIsRefused() throws {
        let folder = try Folder()
        for number in 1...ArticleSources.maxArticles { try folder.write("\(number).txt", "Ann Lee met Bo Park.") }
        #expect(try read([folder.path]).get().articles.count == ArticleSources.maxArticles)
        // Counted from the listing, before a file is read.
        try folder.write("201.txt", "Ann Lee met Bo Park.")
        let failure = try #require(read([folder.path]).failure)
        #expect(
            failure.message == "\(folder.path): more than 200 files; storyscope drafts at most 200 articles at once")
        // Nor can folders and files add up to more.
        try FileManager.default.removeItem(atPath: folder.sub("201.txt"))
        let second = try Folder()
        let more = try second.article("one-more.txt")
        #expect(
            read([folder.path, more]).failure?.message
                == "more than 200 articles; storyscope drafts at most 200 at once")
    }

    @Test func aFolderWithNoArticleIsAnErrorNamingIt() throws {
        let empty = try Folder()
        try empty.article(".only-hidden.txt")
        try empty.article("sub/only-inside.txt")
        let failure = try #require(read([empty.path]).failure)
        #expect(failure.message == "\(empty.path): no article in this folder (no files; subfolders are not read)")
        #expect(failure.unreadable)
        let stories = try Folder()
        try stories.write("story.json", "{}")
        #expect(
            read([stories.path]).failure?.message
                == "\(stories.path): no article in this folder (1 file, not an article; subfolders are not read)")
    }

    @Test func aStoryFileNamedAmongArticlesIsAnError() throws {
        let folder = try Folder()
        let article = try folder.article("a.txt")
        let story = try folder.write("story.json", "{}")
        let failure = try #require(read([article, story]).failure)
        #expect(
            failure.message == "\(story): this is a story file, not an article; it opens alone: storyscope \(story)")
        #expect(!failure.unreadable)
        #expect(
            read([article, folder.sub("missing.txt")]).failure?.message.hasSuffix("cannot read the file: no such file")
                == true)
    }

    @Test func unreadableFilesAndFolders() throws {
        // Root reads everything: there is nothing unreadable to test.
        guard geteuid() != 0 else { return }
        let folder = try Folder()
        try folder.article("a.txt")
        let locked = try folder.article("locked.txt")
        chmod(locked, 0)
        let gathered = try read([folder.path]).get()
        #expect(gathered.skipped == ["\(locked): skipped: cannot read the file: permission denied"])
        chmod(folder.path, 0)
        #expect(read([folder.path]).failure?.message == "\(folder.path): cannot read the folder: permission denied")
    }

    @Test func aFileReachedTwiceIsReadOnce() throws {
        let folder = try Folder()
        let article = try folder.article("a.txt")
        try folder.article("b.txt")
        #expect(symlink(article, folder.sub("c-link.txt")) == 0)
        let gathered = try read([article, folder.path, folder.path, folder.sub("c-link.txt")]).get()
        #expect(gathered.articles.map(\.name) == [article, folder.sub("b.txt")])
    }

    @Test func windowsLineEndsAndPublishedDateTheArticle() throws {
        let folder = try Folder()
        try folder.write("a.txt", "Date: 2025-06-10\r\nWritten for storyscope's tests.\r\n")
        try folder.write("b.txt", "Written for storyscope's tests, with no date line.\n")
        let undated = try read([folder.path]).get()
        #expect(names(undated, in: folder) == ["a.txt", "b.txt"])
        #expect(undated.articles.map(ArticleSources.isDated) == [true, false])
        #expect(!undated.articles[0].text.contains("\r"))
        let published = try read([folder.path], published: Day(iso: "2025-06-01")).get()
        #expect(names(published, in: folder) == ["b.txt", "a.txt"])
        #expect(published.articles.allSatisfy(ArticleSources.isDated))
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}

/// Runs `body` on a thread of its own and waits at most `seconds` for it: a test of something
/// that must not hang fails, rather than hanging the run.
func withDeadline<T: Sendable>(seconds: Double, _ body: @escaping @Sendable () -> T) throws -> T {
    let box = DeadlineBox<T>()
    let done = DispatchSemaphore(value: 0)
    Thread {
        box.value = body()
        done.signal()
    }.start()
    guard done.wait(timeout: .now() + seconds) == .success, let value = box.value else {
        throw DeadlinePassed(seconds: seconds)
    }
    return value
}

/// Written by the thread before it signals, read after the wait: never at once.
private final class DeadlineBox<T>: @unchecked Sendable { var value: T? }

struct DeadlinePassed: Error, CustomStringConvertible {
    var seconds: Double
    var description: String { "still running after \(seconds) s" }
}
