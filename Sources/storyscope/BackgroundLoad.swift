#if canImport(Glibc)
import Glibc
#endif
import StoryModel

/// Loads the embedded story on a thread of its own while the terminal is being set up: the
/// two take about as long as each other, and a first screen needs both. Only for the embedded
/// story, which the tests check on every build, so it cannot fail in front of the user.
final class BackgroundStoryLoad: @unchecked Sendable {
    // Written by the thread before it ends; read only after pthread_join.
    private var story: Story?
    private var thread: pthread_t?

    init() {
        let context = Unmanaged.passRetained(self).toOpaque()
        var handle = pthread_t()
        let started = pthread_create(&handle, nil, { raw in
            let load = Unmanaged<BackgroundStoryLoad>.fromOpaque(raw!).takeRetainedValue()
            load.story = try? StoryLoader().loadEmbedded()
            return nil
        }, context)
        if started == 0 {
            thread = handle
        } else {
            Unmanaged<BackgroundStoryLoad>.fromOpaque(context).release()
        }
    }

    /// The loaded story (loaded here if the thread could not start), or nil if it failed.
    func wait() -> Story? {
        if let thread {
            pthread_join(thread, nil)
            self.thread = nil
            return story
        }
        return story ?? (try? StoryLoader().loadEmbedded())
    }
}
