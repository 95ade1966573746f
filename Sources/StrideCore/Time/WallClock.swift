import Foundation

/// The source of "now". Everything that depends on the current time asks a clock that is
/// passed in, so schedules, throttles and expiries can be tested at any chosen instant.
public protocol WallClock: Sendable {
    func now() -> Date
}

extension WallClock {
    /// Today's date in UTC, the calendar Stride keeps its dates in.
    public func today() -> CalendarDate { CalendarDate(utc: now()) }
}

/// The machine's clock.
public struct SystemClock: WallClock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock that stands still, or moves only when told to; for tests and demos.
public final class FixedClock: WallClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    public init(_ date: Date) { current = date }

    public func now() -> Date {
        lock.lock(); defer { lock.unlock() }
        return current
    }

    public func advance(by seconds: TimeInterval) {
        lock.lock(); defer { lock.unlock() }
        current = current.addingTimeInterval(seconds)
    }
}
