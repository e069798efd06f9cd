#if canImport(Glibc)
import Glibc
#endif

/// Work for a thread of its own, detached: the browser does not wait for it. Used for the
/// search index, which a large story takes seconds to build; keys are answered meanwhile, and a
/// search that needs the index waits for it (the index guards itself with a lock).
enum BackgroundWork {
    private final class Job {
        let work: @Sendable () -> Void
        init(_ work: @escaping @Sendable () -> Void) { self.work = work }
    }

    /// Starts `work` on a new thread; runs it here if no thread can be made.
    static func start(_ work: @escaping @Sendable () -> Void) {
        let job = Unmanaged.passRetained(Job(work)).toOpaque()
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { raw in
            Unmanaged<Job>.fromOpaque(raw!).takeRetainedValue().work()
            return nil
        }, job)
        if started == 0 {
            pthread_detach(thread)
        } else {
            Unmanaged<Job>.fromOpaque(job).takeRetainedValue().work()
        }
    }
}
