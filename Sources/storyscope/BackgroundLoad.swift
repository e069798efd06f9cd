import BrowserCore
import StoryModel

/// Loads a story on a thread of its own while the terminal is being set up: the two take about
/// as long as each other, and a first screen needs both. Only for what cannot fail in front of
/// the user: the embedded story (checked by the tests on every build), or an article already
/// read and checked, to be drafted.
final class BackgroundStoryLoad: @unchecked Sendable {
    // Written by the thread; read only after join.
    private var story: Story?
    private var thread: BackgroundThread?

    init(_ load: @escaping @Sendable () -> Story? = { try? StoryLoader().loadEmbedded() }) {
        thread = BackgroundThread { [self] in story = load() }
    }

    /// The loaded story, or nil if it failed.
    func wait() -> Story? {
        thread?.join()
        return story
    }
}
