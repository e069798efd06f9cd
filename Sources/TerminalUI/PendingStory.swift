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
    private let outcome = Mutex<Opened??>(nil)

    /// A story ready to show, with what the reader must be told of it.
    public struct Opened: Sendable {
        public var story: Story
        public var notices: Notices

        public init(story: Story, notices: Notices = Notices()) {
            self.story = story
            self.notices = notices
        }
    }

    /// Starts `work` at once. It gives nil when there is no story to show (a broken build).
    public init(doing: String, opening work: @escaping @Sendable () -> Opened?) {
        self.doing = doing
        BackgroundThread { [self] in
            let opened = work()
            outcome.withLock { $0 = .some(opened) }
            // A browser waiting in poll() looks again.
            tg_wake()
        }.detach()
    }

    /// A story with nothing to tell of it.
    public convenience init(doing: String, _ work: @escaping @Sendable () -> Story?) {
        self.init(doing: doing, opening: { work().map { Opened(story: $0) } })
    }

    /// The outcome once the work is done (nil inside when it gave no story); nil before.
    func poll() -> Opened?? { outcome.withLock { $0 } }
}
