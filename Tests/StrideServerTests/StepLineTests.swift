@testable import StrideServer
import StrideCore
import Testing

/// The sparkline of a skill's levels over time: where each step falls, and what it says.
@Suite struct StepLineTests {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    @Test func eachLevelHoldsUntilTheNextAndTheLineRunsToToday() {
        let line = StepLine(steps: [(Self.day("2026-01-01"), 2), (Self.day("2026-01-11"), 4)], scale: Array(1...5), target: 3,
                            today: Self.day("2026-01-21"), subject: "Teamwork")
        // Twenty days across 152 units: the second decision halfway; levels 2 and 4 of 1–5 across 32 units.
        #expect(line.points == [.init(x: 4, y: 28), .init(x: 80, y: 12)])
        #expect(line.path == "M4.0 28.0 H80.0 V12.0 H156.0")
        #expect(line.targetY == 20)
        #expect(line.label == "Teamwork: level 2 from 1 January 2026, level 4 from 11 January 2026; level 3 needed")
    }

    @Test func aDecisionMadeTodayAndLevelsOffTheScaleStayInside() {
        let line = StepLine(steps: [(Self.day("2026-01-21"), 9)], scale: [1, 2, 3], target: nil, today: Self.day("2026-01-21"),
                            subject: "Audit")
        #expect(line.points == [.init(x: 4, y: 4)] && line.targetY == nil)
        #expect(line.label == "Audit: level 9 from 21 January 2026")
    }
}
