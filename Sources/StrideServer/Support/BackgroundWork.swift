import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Work an app server goes on with after answering the request that started it (an opening
/// of cycles for everyone). Its state lives in the database, so any server shows it; this only
/// keeps the tasks, so that shutting down stops them between batches instead of mid-write.
final class BackgroundWork: Sendable {
    private let tasks = NIOLockedValueBox<[UUID: Task<Void, Never>]>([:])

    /// Runs `work` as `id`, forgetting it once done.
    func run(_ id: UUID, _ work: @escaping @Sendable () async -> Void) {
        // Started under the lock, so the task cannot finish (and forget itself) before it is kept.
        tasks.withLockedValue { tasks in
            tasks[id] = Task { [weak self] in
                await work()
                self?.tasks.withLockedValue { $0[id] = nil }
            }
        }
    }

    /// Whether `id` finished within `limit`; it goes on either way. (Awaiting the task's value
    /// cannot be given up on, so this looks in on it instead.)
    func wait(for id: UUID, upTo limit: Duration) async -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: limit)
        while isRunning(id) {
            guard clock.now < deadline else { return false }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return true
    }

    func isRunning(_ id: UUID) -> Bool { tasks.withLockedValue { $0[id] != nil } }

    /// Cancels everything running and waits for it to stop.
    func stopAll() async {
        let running = tasks.withLockedValue { Array($0.values) }
        for task in running { task.cancel() }
        for task in running { await task.value }
    }
}

extension Application {
    private struct BackgroundWorkKey: StorageKey { typealias Value = BackgroundWork }

    /// Set up by `configure`, stopped at shutdown before the databases close.
    var backgroundWork: BackgroundWork { storage[BackgroundWorkKey.self]! }

    func useBackgroundWork() {
        let work = BackgroundWork()
        storage[BackgroundWorkKey.self] = work
        lifecycle.use(StopBackgroundWork(work: work))
    }
}

/// Stops background work before the databases close.
private struct StopBackgroundWork: LifecycleHandler {
    let work: BackgroundWork

    func shutdownAsync(_ application: Application) async { await work.stopAll() }
}
