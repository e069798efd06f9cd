import StoryModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The files of a folder that may be articles: the regular files directly in it, hidden ones
/// (".name") left out, subfolders not entered. A symbolic link counts as what it leads to, so a
/// link to a regular file is one; a link that loops or leads nowhere, a FIFO, a device or a
/// socket is never opened. Nothing is read here: `ArticleSources` reads the files.
public enum ArticleFolder {
    /// A file of the folder, with the identity that tells the same file given twice.
    public struct File: Sendable, Hashable {
        public var path: String
        public var identity: FileIdentity
    }

    /// Lists the folder's regular files in name order (`ArticleOrder.namePrecedes`), or says
    /// why not in one line naming the folder. More than `limit` regular files is refused
    /// before any is read: a folder of thousands of files is not a story to draft at once.
    public static func files(in folder: String, limit: Int) -> Result<[File], ArticleFile.Failure> {
        guard let directory = opendir(folder) else {
            return .failure(
                ArticleFile.Failure(
                    message: "\(folder): cannot read the folder: \(describe(errno))", unreadable: true))
        }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        var files: [File] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            var info = stat()
            // Asked of the file itself, following a symbolic link: never an open(), so
            // nothing here can wait on a FIFO or loop through links.
            guard fstatat(descriptor, name, &info, 0) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            if files.count == limit {
                return .failure(
                    ArticleFile.Failure(
                        message:
                            "\(folder): more than \(limit) files; storyscope drafts at most \(limit) articles at once",
                        unreadable: false))
            }
            files.append(File(path: joined(folder, name), identity: FileIdentity(info)))
        }
        return .success(files.sorted { ArticleOrder.namePrecedes($0.path, $1.path) })
    }

    /// Whether the path names a folder (a symbolic link to one included).
    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    static func joined(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : "\(folder)/\(name)"
    }

    static func describe(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such folder"
        case EACCES: "permission denied"
        case ELOOP: "too many symbolic links"
        default: String(cString: strerror(code))
        }
    }
}

/// A file's device and inode: the same file reached by two names (a folder and a file in it,
/// or a link) is read once.
public struct FileIdentity: Sendable, Hashable {
    var device: UInt64
    var inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }

    /// The identity of the file a path names, following links; nil when it cannot be asked.
    static func of(_ path: String) -> FileIdentity? {
        var info = stat()
        return stat(path, &info) == 0 ? FileIdentity(info) : nil
    }
}
