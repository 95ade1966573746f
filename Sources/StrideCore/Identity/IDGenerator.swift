import Foundation

/// The source of new record ids, passed in like the clock so tests can make ids predictable.
public protocol IDGenerator: Sendable {
    func next() -> UUID
}

/// Random (version 4) UUIDs.
public struct RandomIDs: IDGenerator {
    public init() {}
    public func next() -> UUID { UUID() }
}

/// Ids counting up from 1 (`00000000-0000-0000-0000-000000000001`…), for tests.
public final class SequentialIDs: IDGenerator, @unchecked Sendable {
    private let lock = NSLock()
    private var count: UInt64 = 0

    public init() {}

    public func next() -> UUID {
        lock.lock(); defer { lock.unlock() }
        count += 1
        return UUID(uuidString: String(format: "00000000-0000-0000-0000-%012llx", count))!
    }
}
