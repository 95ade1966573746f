import Foundation
import StrideCore
import Testing

/// Workgroup objectives and their criteria as typed, feedback in a workgroup, the link from a
/// unit outcome to an organisational outcome, and who may do what.
@Suite struct WorkgroupObjectiveTests {
    static let outcome = UUID(), owner = UUID(), lead = UUID(), member = UUID(), outsider = UUID()

    static func criterion(_ indicator: String = "Requests answered within 5 days", due: String = "2026-12-31") -> CriterionInput {
        CriterionInput(indicator: indicator, unit: "%", baseline: "40", target: "90", dueOn: due, weight: "2")
    }

    static func input(criteria: [CriterionInput] = [criterion()]) -> WorkgroupObjectiveInput {
        WorkgroupObjectiveInput(title: " Faster answers ", startsOn: "2026-01-01", dueOn: "2026-12-31", unitOutcome: outcome.uuidString,
                                owner: owner.uuidString, criteria: criteria)
    }

    @Test func anObjectiveWithItsCriteriaIsCheckedTogether() throws {
        let (details, criteria) = try #require(Self.input().validate(unitOutcomes: [Self.outcome], owners: [Self.owner]).value)
        #expect(details.title == "Faster answers" && details.unitOutcomeID == Self.outcome && details.ownerID == Self.owner)
        #expect(criteria.count == 1 && criteria[0].startsOn == CalendarDate(iso: "2026-01-01") && criteria[0].weight == 2)
    }

    @Test func everyProblemIsNamedByItsField() {
        let empty = WorkgroupObjectiveInput().validate(unitOutcomes: [Self.outcome], owners: [Self.owner])
        #expect(empty.errors.map(\.field) == ["title", "startsOn", "dueOn", "unitOutcome", "owner", "criteria"])
        var wrong = Self.input(criteria: [Self.criterion(due: "2027-03-01"), CriterionInput(indicator: "", unit: "", baseline: "x", target: "", dueOn: "")])
        wrong.owner = Self.outsider.uuidString
        wrong.unitOutcome = UUID().uuidString
        wrong.dueOn = "2025-12-01"
        let errors = wrong.validate(unitOutcomes: [Self.outcome], owners: [Self.owner]).errors
        #expect(errors.map(\.field) == ["dueOn", "unitOutcome", "owner", "criteria[0].dueOn", "criteria[1].indicator", "criteria[1].unit",
                                        "criteria[1].baseline", "criteria[1].target", "criteria[1].dueOn"])
        #expect(errors.first { $0.field == "owner" }?.message == "Choose the lead or a member of the workgroup")
        #expect(errors.first { $0.field == "criteria[1].baseline" }?.message == "Criterion 2: Baseline must be a number, like 40 or 12.5")
    }

    @Test func blankCriteriaRowsAreIgnoredButOneToFiveAreNeeded() {
        let blank = CriterionInput(indicator: " ", unit: nil, baseline: nil, target: nil, dueOn: nil)
        #expect(Self.input(criteria: [Self.criterion(), blank]).validate(unitOutcomes: [Self.outcome], owners: [Self.owner]).value?.1.count == 1)
        let six = Self.input(criteria: Array(repeating: Self.criterion(), count: 6)).validate(unitOutcomes: [Self.outcome], owners: [Self.owner])
        #expect(six.errors.map(\.message) == ["Agree 1 to 5 performance criteria (you have 6)"])
    }

    @Test func theStatusShownIsTheOverrideWhenTheLeadGaveOne() {
        let derived = ObjectiveRollup.Measured(weight: 1, progress: 0.2, elapsed: 0.6, status: .offTrack)
        let plain = ObjectiveStanding(derived: derived, override: nil)
        let overridden = ObjectiveStanding(derived: derived, override: (.atRisk, "The supplier delivers next week"))
        #expect(plain.status == .offTrack && !plain.isOverridden)
        #expect(overridden.status == .atRisk && overridden.isOverridden && overridden.progress == 0.2)
        #expect(ObjectiveStanding(derived: nil, override: nil).status == .onTrack)
    }

    @Test func feedbackIsForAMemberOnOneOfTheirTasksOrNone() throws {
        let task = UUID()
        let given = WorkgroupFeedbackInput(member: Self.member.uuidString, kind: "strength", text: " Clear hand-over notes ", task: task.uuidString)
        let value = try #require(given.validate(members: [Self.member], tasksByMember: [Self.member: [task]]).value)
        #expect(value.member == Self.member && value.details == WorkgroupFeedbackDetails(kind: .strength, text: "Clear hand-over notes", taskID: task))
        let wrong = WorkgroupFeedbackInput(member: Self.outsider.uuidString, kind: "praise", text: "", task: UUID().uuidString)
        #expect(wrong.validate(members: [Self.member], tasksByMember: [:]).errors.map(\.field) == ["member", "kind", "text"])
        let otherTask = WorkgroupFeedbackInput(member: Self.member.uuidString, kind: "improvement", text: "x", task: UUID().uuidString)
        #expect(otherTask.validate(members: [Self.member], tasksByMember: [Self.member: [task]]).errors.map(\.field) == ["task"])
    }

    @Test func aUnitOutcomeLinksToAnOrganisationalOutcomeOfAnOverlappingPeriod() {
        let org = UUID(), later = UUID()
        let periods = [org: (CalendarDate(iso: "2026-01-01")!, CalendarDate(iso: "2028-01-01")!),
                       later: (CalendarDate(iso: "2028-01-01")!, CalendarDate(iso: "2030-01-01")!)]
        func linked(_ id: String?) -> Validated<UnitOutcomeDetails> {
            UnitOutcomeInput(title: "Advice adopted", periodStart: "2026-01-01", periodEnd: "2027-01-01", organisationalOutcome: id)
                .validate(organisationalOutcomes: periods.mapValues { (start: $0.0, end: $0.1) })
        }
        #expect(linked(org.uuidString).value?.organisationalOutcomeID == org)
        #expect(linked("").value?.organisationalOutcomeID == nil)
        #expect(linked(later.uuidString).errors.map(\.field) == ["organisationalOutcome"])
        #expect(linked(UUID().uuidString).errors.map(\.message) == ["Choose one of the organisational outcomes listed, or none"])
    }

    @Test func aTemporaryWorkgroupEndsOnOrAfterItStarts() {
        let input = WorkgroupInput(name: "Squad", kind: "outcome_squad", purpose: "Ship it", startDate: "2026-05-01", endDate: "2026-04-01")
        #expect(input.validate().errors.map(\.field) == ["endDate"])
        let details = WorkgroupDetails(name: "Squad", kind: .outcomeSquad, purpose: "p", startDate: CalendarDate(iso: "2026-05-01"),
                                       endDate: CalendarDate(iso: "2026-06-30"))
        #expect(!details.isActive(on: CalendarDate(iso: "2026-04-30")!) && details.isActive(on: CalendarDate(iso: "2026-06-30")!))
    }

    @Test func theLeadSetsObjectivesMembersRecordProgressEveryoneReads() {
        let group = WorkgroupSubject(workgroupID: UUID(), leadID: Self.lead)
        let objective = ObjectiveSubject(workgroup: group, ownerID: Self.owner, memberIDs: [Self.member, Self.owner])
        let lead = Viewer(staffID: Self.lead, roles: []), member = Viewer(staffID: Self.member, roles: [])
        let outsider = Viewer(staffID: Self.outsider, roles: []), hr = Viewer(staffID: UUID(), roles: [.hrAdministrator])
        #expect(ObjectivePolicy.decide(outsider, .view, objective) == .allowed)
        #expect([lead, hr].allSatisfy { ObjectivePolicy.decide($0, .manage, objective) == .allowed })
        #expect([member, outsider].allSatisfy { ObjectivePolicy.decide($0, .overrideStatus, objective) == .forbidden })
        #expect([lead, member, hr].allSatisfy { ObjectivePolicy.decide($0, .recordProgress, objective) == .allowed })
        #expect(ObjectivePolicy.decide(outsider, .recordProgress, objective) == .forbidden)
        #expect(OrganisationalOutcomePolicy.decide(member, .manage, OrganisationalOutcomes()) == .forbidden)
        #expect(OrganisationalOutcomePolicy.decide(hr, .manage, OrganisationalOutcomes()) == .allowed)
    }

    @Test func feedbackIsGivenByTheLeadAndReadByTheMemberTheirManagersAndHR() {
        let manager = UUID(), second = UUID(), third = UUID()
        let subject = WorkgroupFeedbackSubject(member: StaffSubject(staffID: Self.member, unitID: nil, supervisorChain: [manager, second, third]),
                                               leadID: Self.lead, giverID: Self.lead)
        func decide(_ id: UUID, _ action: WorkgroupFeedbackPolicy.Action, roles: Set<Role> = []) -> AccessDecision {
            WorkgroupFeedbackPolicy.decide(Viewer(staffID: id, roles: roles), action, subject)
        }
        #expect(decide(Self.lead, .give) == .allowed && decide(manager, .give) == .forbidden)
        #expect(decide(UUID(), .give, roles: [.hrAdministrator]) == .forbidden)
        #expect([Self.member, Self.lead, manager, second].allSatisfy { decide($0, .view) == .allowed })
        #expect(decide(third, .view) == .forbidden && decide(Self.outsider, .view) == .forbidden)
        #expect(decide(UUID(), .view, roles: [.hrAdministrator]) == .allowed)
        let own = WorkgroupFeedbackSubject(member: StaffSubject(staffID: Self.lead, unitID: nil, supervisorChain: []), leadID: Self.lead)
        #expect(WorkgroupFeedbackPolicy.decide(Viewer(staffID: Self.lead, roles: []), .give, own) == .refused("You cannot give feedback to yourself"))
    }
}
