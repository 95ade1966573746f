import Foundation
import StrideCore
import Testing

@Suite struct TokenBucketTests {
    let start = Date(timeIntervalSince1970: 1_000_000)

    @Test func aBurstUpToTheAllowancePassesThenTheWaitIsStated() {
        var bucket = TokenBucket(perMinute: 60, now: start)
        for _ in 0..<60 { #expect(bucket.take(now: start) == nil) }
        #expect(bucket.take(now: start) == 1)
        // One token a second comes back.
        #expect(bucket.take(now: start.addingTimeInterval(1)) == nil)
        #expect(bucket.take(now: start.addingTimeInterval(1)) == 1)
        #expect(!bucket.isFull(at: start.addingTimeInterval(30)))
        #expect(bucket.isFull(at: start.addingTimeInterval(61)))
    }

    @Test func aSlowAllowanceWaitsLonger() {
        var bucket = TokenBucket(perMinute: 6, now: start)
        for _ in 0..<6 { #expect(bucket.take(now: start) == nil) }
        #expect(bucket.take(now: start) == 10)
        #expect(bucket.take(now: start.addingTimeInterval(4)) == 6)
        #expect(bucket.take(now: start.addingTimeInterval(10)) == nil)
    }
}
