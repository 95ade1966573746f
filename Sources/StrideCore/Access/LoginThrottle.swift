import Foundation

/// Limits password guessing. Failed sign-ins are counted per account and per network address
/// inside a sliding window; past the limit, further attempts are refused until the oldest
/// counted failure leaves the window. Both keys matter: one protects a person from a
/// distributed guesser, the other the whole organisation from one noisy address.
public struct LoginThrottle: Sendable, Equatable {
    public var window: TimeInterval
    public var maxFailuresPerAccount: Int
    public var maxFailuresPerAddress: Int

    public init(window: TimeInterval = 15 * 60, maxFailuresPerAccount: Int = 5, maxFailuresPerAddress: Int = 20) {
        self.window = window
        self.maxFailuresPerAccount = maxFailuresPerAccount
        self.maxFailuresPerAddress = maxFailuresPerAddress
    }

    public enum Decision: Equatable, Sendable {
        case allowed
        /// Refused; the person may try again after this instant.
        case lockedUntil(Date)
    }

    /// Decides whether an attempt may go ahead, given the failure times already recorded.
    public func decide(accountFailures: [Date], addressFailures: [Date], now: Date) -> Decision {
        let checks = [(accountFailures, maxFailuresPerAccount), (addressFailures, maxFailuresPerAddress)]
        var until: Date?
        for (failures, limit) in checks {
            let recent = failures.filter { $0 > now.addingTimeInterval(-window) && $0 <= now }.sorted()
            guard recent.count >= limit else { continue }
            // Unlocks when enough failures have aged out to leave room for one more attempt.
            let release = recent[recent.count - limit].addingTimeInterval(window)
            until = max(until ?? release, release)
        }
        return until.map(Decision.lockedUntil) ?? .allowed
    }

    /// The oldest failure still worth keeping; older ones can be deleted.
    public func retentionCutoff(now: Date) -> Date { now.addingTimeInterval(-window) }
}
