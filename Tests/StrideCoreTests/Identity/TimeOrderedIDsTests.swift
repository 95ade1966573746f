import Foundation
import StrideCore
import Testing

/// Version 7 ids: the clock's milliseconds first, then a counter, so ids sort in the order made.
@Suite struct TimeOrderedIDsTests {
    private func bytes(_ id: UUID) -> [UInt8] { withUnsafeBytes(of: id.uuid) { Array($0) } }

    @Test func idsCarryTheTimeTheVersionAndTheVariant() {
        let clock = FixedClock(Date(timeIntervalSince1970: 1_796_518_616.295))
        let id = TimeOrderedIDs(clock: clock).next()
        let raw = bytes(id)
        let millis = raw[0..<6].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        #expect(millis == 1_796_518_616_295)
        #expect(raw[6] >> 4 == 7, "version 7")
        #expect(raw[8] >> 6 == 0b10, "the RFC variant")
    }

    @Test func idsSortInTheOrderTheyWereMadeEvenPastTheCounterOnAStoppedClock() {
        let ids = TimeOrderedIDs(clock: FixedClock(Date(timeIntervalSince1970: 1_800_000_000)))
        let made = (0..<10_000).map { _ in bytes(ids.next()) }
        #expect(zip(made, made.dropFirst()).allSatisfy { $0.lexicographicallyPrecedes($1) })
        #expect(Set(made.map { $0.map { String($0) }.joined(separator: ".") }).count == made.count)
    }
}
