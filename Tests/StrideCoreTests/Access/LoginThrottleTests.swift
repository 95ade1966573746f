import Foundation
import StrideCore
import Testing

@Suite struct LoginThrottleTests {
    let throttle = LoginThrottle(window: 900, maxFailuresPerAccount: 5, maxFailuresPerAddress: 20)
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func failures(_ count: Int, every seconds: TimeInterval = 10) -> [Date] {
        (0..<count).map { now.addingTimeInterval(-Double(count - $0) * seconds) }
    }

    @Test func allowsUpToTheLimit() {
        #expect(throttle.decide(accountFailures: failures(4), addressFailures: [], now: now) == .allowed)
    }

    @Test func locksAnAccountUntilTheOldestCountedFailureAgesOut() {
        let recent = failures(5)
        #expect(throttle.decide(accountFailures: recent, addressFailures: [], now: now) == .lockedUntil(recent[0].addingTimeInterval(900)))
        let later = recent[0].addingTimeInterval(901)
        #expect(throttle.decide(accountFailures: recent, addressFailures: [], now: later) == .allowed)
    }

    @Test func locksANoisyAddressAcrossAccounts() {
        #expect(throttle.decide(accountFailures: [], addressFailures: failures(20, every: 1), now: now) != .allowed)
        #expect(throttle.decide(accountFailures: [], addressFailures: failures(19, every: 1), now: now) == .allowed)
    }

    @Test func ignoresFailuresOutsideTheWindow() {
        let old = (0..<10).map { now.addingTimeInterval(-1000 - Double($0)) }
        #expect(throttle.decide(accountFailures: old, addressFailures: old, now: now) == .allowed)
    }
}
