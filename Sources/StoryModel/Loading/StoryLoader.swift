/// Loads and validates story files. Loading never traps and never hangs on bad input:
/// a file that is not a valid story yields a `StoryLoadError` that lists every problem found,
/// each with its place in the file.
public struct StoryLoader: Sendable {
    /// Files larger than this are refused before they are read.
    public var maxFileBytes: Int = 1 << 30
    /// The most text all of a story's documents may hold together, inline or in text files
    /// (a document naming a file that another names too counts again); a text file larger
    /// than this is refused from its size.
    public var maxTextBytes: Int = StoryLoader.defaultMaxTextBytes
    public static let defaultMaxTextBytes = 64 << 20
    /// JSON nesting deeper than this is refused (a story needs about six levels).
    public var maxDepth: Int = JSONParser.defaultMaxDepth

    public init() {}

    /// The name of the story that ships inside the program.
    public static let embeddedStoryName = "minerals-deal.story.json"

    /// The file names of every asset embedded in the program (stories, their texts, the schema).
    public static var embeddedAssetNames: [String] { EmbeddedAssets.files.keys.sorted() }

    public static func embeddedAsset(named name: String) -> String? { EmbeddedAssets.files[name] }

    /// Loads the story that ships inside the program.
    public func loadEmbedded() throws(StoryLoadError) -> Story {
        guard let text = EmbeddedAssets.files[Self.embeddedStoryName] else {
            throw StoryLoadError(
                kind: .unreadable,
                diagnostics: [
                    Diagnostic(
                        file: Self.embeddedStoryName, line: 0, column: 0,
                        message: "the embedded story is missing from this build")
                ])
        }
        return try load(bytes: Array(text.utf8), name: "(embedded) \(Self.embeddedStoryName)") { name in
            guard let contents = EmbeddedAssets.files[name] else {
                return .failure(.init(message: "no embedded asset has that name"))
            }
            return .success(contents)
        }
    }

    /// Loads a story file; a `textFile` is looked up beside it, and only there (see
    /// `FileReader.confinedPath`).
    public func load(path: String) throws(StoryLoadError) -> Story {
        let bytes: [UInt8]
        switch FileReader.contents(of: path, limit: maxFileBytes) {
        case .success(let contents):
            bytes = contents
        case .failure(.tooLarge(let size, let limit, let known)):
            let size = known ? "the file is \(formatByteCount(size))" : "reading stopped after \(formatByteCount(size))"
            throw StoryLoadError(
                kind: .invalid,
                diagnostics: [
                    Diagnostic(
                        file: path, line: 0, column: 0,
                        message: "\(size); story files may be at most \(formatByteCount(limit))")
                ])
        case .failure(.cannotOpen(let reason)), .failure(.readFailed(let reason)):
            throw StoryLoadError(
                kind: .unreadable,
                diagnostics: [
                    Diagnostic(file: path, line: 0, column: 0, message: "cannot read the file: \(reason)")
                ])
        }
        return try load(bytes: bytes, path: path)
    }

    /// Loads a story file already read from `path`; a `textFile` is looked up beside it, and
    /// only there (see `FileReader.confinedPath`).
    public func load(bytes: [UInt8], path: String) throws(StoryLoadError) -> Story {
        let directory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        let limit = min(maxFileBytes, maxTextBytes)
        return try load(bytes: bytes, name: path) { name in
            let textPath: String
            switch FileReader.confinedPath(name, in: directory.isEmpty ? "/" : directory) {
            case .success(let path): textPath = path
            case .failure(let refusal): return .failure(refusal)
            }
            switch FileReader.contents(of: textPath, limit: limit, kinds: .regular) {
            case .success(let contents):
                if let bad = contents.withUnsafeBufferPointer(firstInvalidUTF8(in:)) {
                    return .failure(
                        .init(
                            message:
                                "the file is not UTF-8 (byte 0x\(String(contents[bad], radix: 16, uppercase: true)) at offset \(bad))"
                        ))
                }
                return .success(String(decoding: contents, as: UTF8.self))
            case .failure(.tooLarge(let size, let limit, _)):
                return .failure(
                    .init(message: "the file is larger than \(formatByteCount(limit)) (\(formatByteCount(size)))"))
            case .failure(.cannotOpen(let reason)), .failure(.readFailed(let reason)):
                return .failure(.init(message: reason))
            }
        }
    }

    /// Loads a story from bytes already in memory. `name` is used in diagnostics;
    /// `textFile` supplies the text of documents that name a `textFile`.
    public func load(
        bytes: [UInt8], name: String,
        textFile: @escaping (String) -> Result<String, TextFileError>
    ) throws(StoryLoadError) -> Story {
        let context = DecodeContext(fileName: name, bytes: bytes)
        if let bad = bytes.withUnsafeBufferPointer(firstInvalidUTF8(in:)) {
            context.error(
                "the file is not UTF-8 (invalid byte 0x\(String(bytes[bad], radix: 16, uppercase: true)))", at: bad,
                path: [])
            throw syntaxError(context)
        }
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes, maxDepth: maxDepth)
        } catch {
            let (line, column) = SourceLocator(bytes: bytes).locate(error.offset)
            throw StoryLoadError(
                kind: .invalid,
                diagnostics: [
                    Diagnostic(file: name, line: line, column: column, message: error.message)
                ])
        }
        // A file named by several documents is read once.
        let cache = TextFileCache()
        var decoder = StoryDecoder(context: context, maxTextBytes: maxTextBytes) { name in
            if let known = cache.results[name] { return known }
            let result = textFile(name).mapError { StoryDecoder.TextFileError(message: $0.message) }
            cache.results[name] = result
            return result
        }
        guard var story = decoder.decode(root) else {
            throw StoryLoadError(kind: .invalid, diagnostics: context.sortedDiagnostics())
        }
        let mentions: [[Mention]]
        do {
            mentions = try MentionMatcher.mentions(of: story.entities, in: story.documents)
        } catch {
            let place = decoder.entityPlaces[error.entity]
            context.error(
                "names and aliases match the text in more than \(MentionMatcher.maxAttempts) places, where loading stops; many entities share this entity's name, or it is a very common word",
                at: place.offset, path: place.path)
            throw StoryLoadError(kind: .invalid, diagnostics: context.sortedDiagnostics())
        }
        for index in story.entities.indices {
            story.entities[index].mentions = mentions[index]
        }
        return story
    }

    private func syntaxError(_ context: DecodeContext) -> StoryLoadError {
        // Syntax-level diagnostics carry no JSON path.
        StoryLoadError(
            kind: .invalid,
            diagnostics: context.sortedDiagnostics().map { diagnostic in
                var plain = diagnostic
                plain.path = nil
                return plain
            })
    }

    private final class TextFileCache {
        var results: [String: Result<String, StoryDecoder.TextFileError>] = [:]
    }

    public struct TextFileError: Error, Sendable {
        public var message: String
        public init(message: String) { self.message = message }
    }
}
