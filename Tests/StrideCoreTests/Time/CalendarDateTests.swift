import Foundation
import StrideCore
import Testing

@Suite struct CalendarDateTests {
    @Test func parsesStrictISODates() {
        #expect(CalendarDate(iso: "2026-03-01") == CalendarDate(year: 2026, month: 3, day: 1))
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2026-02-29") == nil)
        #expect(CalendarDate(iso: "2026-3-1") == nil)
        #expect(CalendarDate(iso: "01/03/2026") == nil)
        #expect(CalendarDate(iso: "") == nil)
        #expect(CalendarDate(iso: "2026-+3-01") == nil)
        #expect(CalendarDate(iso: "+202-03-01") == nil)
        #expect(CalendarDate(iso: "２０２６-03-01") == nil)
    }

    @Test func addsMonthsClampingToMonthEnd() {
        let jan31 = CalendarDate(iso: "2026-01-31")!
        #expect(jan31.adding(months: 1).iso == "2026-02-28")
        #expect(CalendarDate(iso: "2027-11-15")!.adding(months: 3).iso == "2028-02-15")
        #expect(CalendarDate(iso: "2026-06-30")!.adding(months: -6).iso == "2025-12-30")
    }

    @Test func takesTheUTCDayOfAnInstantWhateverTheMachineZone() {
        // 23:30 UTC on 1 March is still 1 March in Stride, even where local time is already 2 March.
        let instant = Date(timeIntervalSince1970: 1_772_407_800)   // 2026-03-01T23:30:00Z
        #expect(CalendarDate(utc: instant).iso == "2026-03-01")
        #expect(FixedClock(instant).today().iso == "2026-03-01")
        #expect(CalendarDate(utc: Date(timeIntervalSince1970: -1)).iso == "1969-12-31")
        #expect(CalendarDate(utc: Date(timeIntervalSince1970: 951_782_400)).iso == "2000-02-29")
        // Before 1582 too: the proleptic Gregorian calendar, never Julian.
        #expect(CalendarDate(utc: Date(timeIntervalSince1970: -14_826_672_000)).iso == "1500-03-01")
        #expect(CalendarDate(iso: "9999-12-01")!.adding(months: 5).iso == "9999-12-01")
    }

    @Test func encodesAsISOText() throws {
        let data = try JSONEncoder().encode([CalendarDate(iso: "2026-12-01")!])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2026-12-01\"]")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDate].self, from: Data("[\"2026-13-01\"]".utf8)) }
    }
}
