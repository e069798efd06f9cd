#if canImport(Glibc)
import Glibc
#endif

/// Work on a thread of its own, for what the browser should not wait on: loading the embedded
/// story while the terminal starts, building the search index after the first screen.
public final class BackgroundThread: @unchecked Sendable {
    private final class Job {
        let work: @Sendable () -> Void
        init(_ work: @escaping @Sendable () -> Void) { self.work = work }
    }

    // Set once in init; cleared by join or detach, on the thread that made it.
    private var thread: pthread_t?

    /// Starts `work` on a new thread; runs it here, at once, if no thread can be made.
    public init(_ work: @escaping @Sendable () -> Void) {
        let job = Unmanaged.passRetained(Job(work)).toOpaque()
        var handle = pthread_t()
        let started = pthread_create(
            &handle, nil,
            { raw in
                Unmanaged<Job>.fromOpaque(raw!).takeRetainedValue().work()
                return nil
            }, job)
        if started == 0 {
            thread = handle
        } else {
            Unmanaged<Job>.fromOpaque(job).takeRetainedValue().work()
        }
    }

    /// Waits until the work is done; what it wrote is visible after this.
    public func join() {
        guard let thread else { return }
        pthread_join(thread, nil)
        self.thread = nil
    }

    /// Lets the thread end on its own, unwaited for.
    public func detach() {
        guard let thread else { return }
        pthread_detach(thread)
        self.thread = nil
    }
}
