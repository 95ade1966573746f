import Foundation
import StrideCore
import Testing

/// The lead's choice from a suggested team, and the audit viewer's filters.
@Suite struct TeamFormationPickTests {
    @Test func picksAreThePeopleOfferedEachWithARole() throws {
        let a = UUID(), b = UUID(), stranger = UUID()
        let picks = try #require(TeamFormation.picks([(a.uuidString, " Analyst "), (b.uuidString, "Drafter")], offered: [a, b]).value)
        #expect(picks == [.init(staffID: a, role: "Analyst"), .init(staffID: b, role: "Drafter")])
        #expect(TeamFormation.picks([], offered: [a]).errors.map(\.message) == ["Choose at least one person to add"])
        let wrong = TeamFormation.picks([(stranger.uuidString, "Analyst"), (a.uuidString, "")], offered: [a])
        #expect(wrong.errors.map(\.field) == ["members", "role-\(a.uuidString.lowercased())"])
    }

    @Test func auditFiltersAreCheckedByFieldAndDaysCoverWholeUTCDays() throws {
        let actor = UUID(), record = UUID()
        let criteria = try #require(AuditTrailCriteria.validate(person: "M1", actor: actor, kind: "staff_member", record: record.uuidString,
                                                                from: "2026-03-01", to: "2026-03-02", before: "1772355600.5_\(record.uuidString)").value)
        #expect(criteria.actorID == actor && criteria.kind == .staffMember && criteria.recordID == record)
        #expect(criteria.from == CalendarDate(iso: "2026-03-01")!.start && criteria.until == CalendarDate(iso: "2026-03-03")!.start)
        #expect(criteria.before?.id == record && criteria.before?.at == Date(timeIntervalSince1970: 1772355600.5))
        let bad = AuditTrailCriteria.validate(person: "nobody", actor: nil, kind: "spaceship", record: "12", from: "2026-03-05", to: "2026-03-01",
                                              before: "garbage")
        #expect(bad.errors.map(\.field) == ["person", "kind", "record", "to"])
        #expect(AuditTrailCriteria.validate(person: " ", actor: nil, kind: "", record: nil, from: nil, to: nil, before: "x").value?.before == nil)
    }
}
