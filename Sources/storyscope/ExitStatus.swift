import StoryModel

/// The program's exit statuses, after sysexits.h where one fits.
enum ExitStatus: Int32 {
    case success = 0
    /// The browser has no terminal, or the terminal is unknown.
    case noTerminal = 2
    /// EX_USAGE: the command line is wrong.
    case usage = 64
    /// EX_DATAERR: a story file is invalid.
    case invalidStory = 65
    /// EX_NOINPUT: a file is missing or unreadable.
    case unreadable = 66
    /// EX_SOFTWARE: the build is broken (the embedded story failed to load).
    case software = 70
    /// EX_CANTCREAT: `--output` cannot be written.
    case cannotCreate = 73
    /// EX_IOERR: standard output cannot be written (a full disk, a closed descriptor).
    case ioError = 74
}

extension StoryLoadError.Kind {
    var exitStatus: ExitStatus {
        switch self {
        case .invalid: .invalidStory
        case .unreadable: .unreadable
        }
    }
}

/// A command that failed after saying why on standard error.
struct CommandFailure: Error {
    var status: ExitStatus
}
