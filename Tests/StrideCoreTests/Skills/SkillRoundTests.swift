import Foundation
import StrideCore
import Testing

/// Rounds of skills assessment: who they ask and what makes one valid.
@Suite struct SkillRoundTests {
    static let today = CalendarDate(iso: "2026-03-01")!

    @Test func aRoundAsksEveryoneAUnitAndTheUnitsBelowOrTheHoldersOfARole() {
        let top = UUID(), below = UUID(), elsewhere = UUID(), role = UUID()
        #expect(SkillRoundScope.everyone.includes(units: [], role: nil))
        #expect(SkillRoundScope.unit(top).includes(units: [below, top], role: nil))
        #expect(!SkillRoundScope.unit(below).includes(units: [elsewhere], role: role))
        #expect(SkillRoundScope.role(role).includes(units: [], role: role) && !SkillRoundScope.role(role).includes(units: [top], role: nil))
    }

    @Test func eachProblemIsNamedAndTheDueDateIsAfterToday() {
        let unit = UUID(), role = UUID()
        #expect(SkillRoundInput().validate(units: [unit], roles: [role], today: Self.today).errors.map(\.field) == ["name", "scope", "dueOn"])
        let stranger = SkillRoundInput(name: "Round", scope: "unit", unit: UUID().uuidString, dueOn: "2026-03-01")
            .validate(units: [unit], roles: [role], today: Self.today)
        #expect(stranger.errors == [FieldError("unit", "Choose the unit whose staff are asked"),
                                    FieldError("dueOn", "The due date must be after today")])
        #expect(SkillRoundInput(name: "Round", scope: "role", dueOn: "2026-04-01").validate(units: [], roles: [role], today: Self.today)
            .errors.map(\.field) == ["role"])
        let good = SkillRoundInput(name: " 2026 round ", scope: "role", role: role.uuidString, dueOn: "2026-04-01")
            .validate(units: [], roles: [role], today: Self.today)
        #expect(good.value == SkillRoundDetails(name: "2026 round", scope: .role(role), dueOn: CalendarDate(iso: "2026-04-01")!))
    }
}
