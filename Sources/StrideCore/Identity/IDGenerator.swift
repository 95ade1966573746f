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

/// Time-ordered ids (UUID version 7, RFC 9562): 48 bits of milliseconds since 1970, a 12-bit
/// counter within the millisecond, then random bits. Rows written together sit together in
/// every index keyed on their id, so a bulk write appends at the end of those b-trees instead
/// of dirtying pages all over them; the random tail keeps ids unguessable enough to be no
/// weaker than the record-level checks they sit behind.
public final class TimeOrderedIDs: IDGenerator, @unchecked Sendable {
    private let clock: any WallClock
    private let lock = NSLock()
    private var millis: UInt64 = 0
    private var counter: UInt64 = 0

    public init(clock: any WallClock) { self.clock = clock }

    public func next() -> UUID {
        let now = UInt64(max(0, (clock.now().timeIntervalSince1970 * 1000).rounded(.down)))
        let (time, sequence): (UInt64, UInt64) = lock.withLock {
            if now > millis {
                (millis, counter) = (now, 0)
            } else if counter == 0xFFF {
                // More than 4,096 ids in a millisecond (or a clock standing still): borrow the next one.
                (millis, counter) = (millis + 1, 0)
            } else {
                counter += 1
            }
            return (millis, counter)
        }
        var generator = SystemRandomNumberGenerator()
        let tail: UInt64 = generator.next()
        let high = (time << 16) | 0x7000 | sequence
        let low = (tail & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        func byte(_ word: UInt64, _ index: Int) -> UInt8 { UInt8(truncatingIfNeeded: word >> (56 - 8 * index)) }
        return UUID(uuid: (byte(high, 0), byte(high, 1), byte(high, 2), byte(high, 3), byte(high, 4), byte(high, 5), byte(high, 6),
                           byte(high, 7), byte(low, 0), byte(low, 1), byte(low, 2), byte(low, 3), byte(low, 4), byte(low, 5),
                           byte(low, 6), byte(low, 7)))
    }
}
