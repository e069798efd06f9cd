import BrowserCore
import StoryModel

/// Loads the embedded story on a thread of its own while the terminal is being set up: the
/// two take about as long as each other, and a first screen needs both. Only for the embedded
/// story, which the tests check on every build, so it cannot fail in front of the user.
final class BackgroundStoryLoad: @unchecked Sendable {
    // Written by the thread; read only after join.
    private var story: Story?
    private var thread: BackgroundThread?

    init() {
        thread = BackgroundThread { [self] in story = try? StoryLoader().loadEmbedded() }
    }

    /// The loaded story, or nil if it failed.
    func wait() -> Story? {
        thread?.join()
        return story
    }
}
