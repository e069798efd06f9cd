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

    public static func read(_ path: String, limit: Int = 1 << 30) -> Result<Content, Failure> {
        let bytes: [UInt8]
        switch FileReader.contents(of: path, limit: limit) {
        case .success(let contents): bytes = contents
        case .failure(.tooLarge(let size, let limit, _)):
            return .failure(
                Failure(
                    message:
                        "\(path): the file is \(formatByteCount(size)), over the limit of \(formatByteCount(limit))",
                    unreadable: false))
        case .failure(.cannotOpen(let reason)), .failure(.readFailed(let reason)):
            return .failure(Failure(message: "\(path): cannot read the file: \(reason)", unreadable: true))
        }
        return classify(bytes, name: path)
    }

    public static func classify(_ bytes: [UInt8], name: String) -> Result<Content, Failure> {
        if let first = bytes.first(where: { !isSpace($0) }), first == UInt8(ascii: "{") {
            return .success(.story(bytes))
        }
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
