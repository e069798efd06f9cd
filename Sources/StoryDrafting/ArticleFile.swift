import StoryModel

/// Reads a file named on the command line and says what it holds: a story file (JSON that
/// starts with "{"), or a plain-text article (UTF-8 without NUL bytes). Decided by content,
/// not by the name.
public enum ArticleFile {
    public enum Content: Sendable {
        /// A story file, with the bytes read, to load without reading it again.
        case story([UInt8])
        case article(String)
    }

    public struct Failure: Error, Sendable {
        /// One line, naming the file.
        public var message: String
        /// The file could not be read at all (rather than read and refused).
        public var unreadable: Bool
    }

    /// Reads a file named on the command line. What it starts with decides how large it may be:
    /// a story file up to the loader's limit, an article up to `Drafter.maxArticleBytes`; a
    /// larger one is refused from its size, without being read.
    public static func read(_ path: String, storyLimit: Int = StoryLoader().maxFileBytes) -> Result<Content, Failure> {
        var isStory = false
        let bytes: [UInt8]
        let read = FileReader.contents(of: path) { first in
            isStory = startsLikeStory(first)
            return isStory ? storyLimit : Drafter.maxArticleBytes
        }
        switch read {
        case .success(let contents): bytes = contents
        case .failure(.tooLarge(let size, let limit, let known)):
            let what = isStory ? "story file" : "article"
            let size =
                known ? "the \(what) is \(formatByteCount(size))" : "reading stopped after \(formatByteCount(size))"
            let allowed =
                isStory
                ? "story files may be at most \(formatByteCount(limit))"
                : "storyscope drafts articles of up to \(formatByteCount(limit))"
            return .failure(Failure(message: "\(path): \(size); \(allowed)", unreadable: false))
        case .failure(.cannotOpen(let reason)), .failure(.readFailed(let reason)):
            return .failure(Failure(message: "\(path): cannot read the file: \(reason)", unreadable: true))
        }
        return classify(bytes, name: path)
    }

    /// JSON that starts with "{", after any spaces.
    private static func startsLikeStory(_ bytes: [UInt8]) -> Bool {
        bytes.first(where: { !isSpace($0) }) == UInt8(ascii: "{")
    }

    public static func classify(_ bytes: [UInt8], name: String) -> Result<Content, Failure> {
        if startsLikeStory(bytes) { return .success(.story(bytes)) }
        if bytes.allSatisfy(isSpace) {
            return .failure(
                Failure(message: "\(name): the file is empty: neither a story file nor an article", unreadable: false))
        }
        if let bad = bytes.withUnsafeBufferPointer(firstInvalidUTF8(in:)) {
            return .failure(
                Failure(
                    message:
                        "\(name): neither a story file nor a plain-text article: not UTF-8 text (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) at offset \(bad))",
                    unreadable: false))
        }
        if let nul = bytes.firstIndex(of: 0) {
            return .failure(
                Failure(
                    message:
                        "\(name): neither a story file nor a plain-text article: binary data (a NUL byte at offset \(nul))",
                    unreadable: false))
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return .success(.article(text))
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
