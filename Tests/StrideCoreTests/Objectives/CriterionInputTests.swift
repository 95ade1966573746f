import Foundation
import StrideCore
import Testing

/// Criteria, readings and status overrides as typed.
@Suite struct CriterionInputTests {
    static let start = CalendarDate(iso: "2026-01-01")!

    @Test func aCriterionNeedsAnIndicatorAUnitTwoDifferentNumbersAndALaterDueDate() throws {
        let criterion = try #require(CriterionInput(indicator: "Reports on time", unit: "%", baseline: "40", target: "90,5", dueOn: "2026-12-31")
            .validate(startsOn: Self.start).value)
        #expect(criterion.target == 90.5 && criterion.weight == 1 && criterion.startsOn == Self.start)
        let bad = CriterionInput(indicator: "", unit: "", baseline: "forty", target: "", dueOn: "2025-12-31", weight: "0")
        #expect(bad.validate(startsOn: Self.start).errors.map(\.field) == ["indicator", "unit", "baseline", "target", "dueOn", "weight"])
        let same = CriterionInput(indicator: "x", unit: "%", baseline: "5", target: "5", dueOn: "2026-06-30")
        #expect(same.validate(startsOn: Self.start).errors.map(\.message) == ["The target must differ from the baseline"])
    }

    @Test func aReadingIsANumberOnADayWithinTheCriterionsTime() {
        let today = CalendarDate(iso: "2026-03-01")!
        #expect(ProgressReading.validate(value: "62", on: "2026-02-28", comment: " ", startsOn: Self.start, today: today).value
            == ProgressReading(value: 62, on: CalendarDate(iso: "2026-02-28")!, comment: nil))
        #expect(ProgressReading.validate(value: "1e999", on: "2026-03-02", comment: nil, startsOn: Self.start, today: today).errors.map(\.message)
            == ["Value must be a number, like 40 or 12.5", "A reading cannot be in the future"])
        #expect(ProgressReading.validate(value: "1", on: "2025-12-31", comment: nil, startsOn: Self.start, today: today).errors.map(\.field) == ["on"])
    }

    @Test func anOverrideNamesItsStatusAndReason() {
        #expect(StatusOverride.validate(status: "at_risk", reason: "Supplier late").value?.status == .atRisk)
        #expect(StatusOverride.validate(status: "late", reason: "").errors.map(\.field) == ["status", "reason"])
    }
}
