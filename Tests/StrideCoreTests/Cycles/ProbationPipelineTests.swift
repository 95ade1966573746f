import Foundation
import StrideCore
import Testing

/// HR's probation pipeline: who reaches 6, 18 or 21 months in the next 90 days.
@Suite struct ProbationPipelineTests {
    @Test func milestonesFallInTheWindowCountedInMonthsOfService() {
        let today = CalendarDate(iso: "2026-12-06")!
        let sara = ProbationPipeline.upcoming(probationStart: CalendarDate(iso: "2026-06-15")!, today: today)
        #expect(sara.map(\.milestone) == [.sixMonths] && sara.first?.on == CalendarDate(iso: "2026-12-15"))
        // 18 months today and 21 months on the window's last day: both, the window including its ends.
        let luca = ProbationPipeline.upcoming(probationStart: CalendarDate(iso: "2025-06-06")!, today: today)
        #expect(luca.map(\.milestone) == [.eighteenMonths, .probationaryReport])
        #expect(luca.map(\.on) == [today, today.adding(days: 90)])
        #expect(ProbationPipeline.upcoming(probationStart: CalendarDate(iso: "2025-06-30")!, today: today).map(\.milestone) == [.eighteenMonths])
        #expect(ProbationPipeline.upcoming(probationStart: CalendarDate(iso: "2026-06-05")!, today: today).isEmpty, "6 months fell yesterday")
        #expect(ProbationPipeline.upcoming(probationStart: CalendarDate(iso: "2026-06-06")!, today: today).map(\.milestone) == [.sixMonths])
    }
}
