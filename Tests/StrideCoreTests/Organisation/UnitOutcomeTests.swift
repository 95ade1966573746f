import StrideCore
import Testing

@Suite struct UnitOutcomeInputTests {
    @Test func aCompleteOutcomeIsValid() {
        let outcome = UnitOutcomeInput(title: "  Advice adopted ", description: "", periodStart: "2026-01-01", periodEnd: "2028-01-01").validate()
        #expect(outcome.value == UnitOutcomeDetails(title: "Advice adopted", description: nil, periodStart: CalendarDate(iso: "2026-01-01")!,
                                                    periodEnd: CalendarDate(iso: "2028-01-01")!))
    }

    @Test func everyProblemIsNamed() {
        #expect(UnitOutcomeInput().validate().errors.map(\.field) == ["title", "periodStart", "periodEnd"])
        let backwards = UnitOutcomeInput(title: "x", periodStart: "2026-01-01", periodEnd: "2026-01-01").validate()
        #expect(backwards.errors == [FieldError("periodEnd", "Period end must be after the period start")])
        let control = UnitOutcomeInput(title: "a\u{1B}b", periodStart: "2026-01-01", periodEnd: "2027-01-01").validate()
        #expect(control.errors.map(\.field) == ["title"])
    }

    @Test func anOutcomeServesCyclesItsPeriodOverlaps() {
        let d = { CalendarDate(iso: $0)! }
        let outcome = UnitOutcomeDetails(title: "x", description: nil, periodStart: d("2026-01-01"), periodEnd: d("2028-01-01"))
        #expect(outcome.overlaps(start: d("2025-03-17"), end: d("2026-01-02")))
        #expect(!outcome.overlaps(start: d("2025-03-17"), end: d("2026-01-01")))
        #expect(!outcome.overlaps(start: d("2028-01-01"), end: d("2030-01-01")))
    }
}
