import BrowserCore
import StoryModel
import Synchronization
import TerminalGuard

/// A story loaded or drafted on a thread of its own while the terminal starts. The browser
/// waits for it while still answering the keyboard and signals, and can walk away from it: the
/// thread is never joined, so quitting does not wait for a slow draft.
public final class PendingStory: Sendable {
    /// What the user is told while waiting: "Drafting article.txt".
    public let doing: String
    private let outcome = Mutex<Story??>(nil)

    /// Starts `work` at once. It gives nil when there is no story to show (a broken build).
    public init(doing: String, _ work: @escaping @Sendable () -> Story?) {
        self.doing = doing
        BackgroundThread { [self] in
            let story = work()
            outcome.withLock { $0 = .some(story) }
            // A browser waiting in poll() looks again.
            tg_wake()
        }.detach()
    }

    /// The outcome once the work is done (nil inside when it gave no story); nil before.
    func poll() -> Story?? { outcome.withLock { $0 } }
}
