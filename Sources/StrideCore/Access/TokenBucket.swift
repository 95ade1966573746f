import Foundation

/// How many API requests one caller may make: a token bucket holding a minute's allowance,
/// refilled evenly, so a burst up to the allowance passes and a steady stream above it is slowed
/// to the allowance, with the wait stated.
public struct TokenBucket: Sendable, Equatable {
    public let capacity: Double
    public let perSecond: Double
    public private(set) var tokens: Double
    public private(set) var updated: Date

    /// A full bucket of `perMinute` requests.
    public init(perMinute: Int, now: Date) {
        capacity = Double(max(perMinute, 1))
        perSecond = capacity / 60
        tokens = capacity
        updated = now
    }

    /// Takes a request's token: nil when the request may go ahead, or the whole seconds to wait
    /// before one will (at least 1).
    public mutating func take(now: Date) -> Int? {
        refill(now: now)
        guard tokens < 1 else {
            tokens -= 1
            return nil
        }
        return max(1, Int(((1 - tokens) / perSecond).rounded(.up)))
    }

    /// Whether the bucket has refilled completely by `now`, so forgetting it loses nothing.
    public func isFull(at now: Date) -> Bool {
        tokens + now.timeIntervalSince(updated) * perSecond >= capacity
    }

    private mutating func refill(now: Date) {
        let elapsed = max(0, now.timeIntervalSince(updated))
        tokens = min(capacity, tokens + elapsed * perSecond)
        updated = now
    }
}
