import Foundation
import StrideCore

/// The model of `appraisals/team.leaf`: one row per person the viewer appraises (or supervises
/// without a cycle open yet), what waits for the viewer first, then the overdue, then by due date.
struct TeamModel: Encodable {
    struct Row: Encodable {
        let name: String
        let profileHref: String
        let cycle: String
        let form: String?
        let formHref: String?
        let state: String
        let due: String?
        let waitsForYou: Bool
        let overdue: Bool
    }

    let rows: [Row]
    /// For responsible chiefs and HR: where they delegate appraisals.
    let delegationsHref: String?
    let waiting: Int
    let overdue: Int
    /// Skill levels the team proposed, waiting for the manager's decision on each person's Skills page.
    let skillsWaiting: [SkillWaiting]

    struct SkillWaiting: Encodable {
        let name: String
        let skill: String
        let level: Int
        let proposedOn: String
        let href: String
    }

    init(forms: [FormListQuery.Row], reports: [StaffRows.Person], today: CalendarDate, mayDelegate: Bool,
         skillsWaiting: [SkillAssessmentQueries.Waiting] = []) {
        self.skillsWaiting = skillsWaiting.map {
            SkillWaiting(name: $0.staff_name, skill: $0.skill, level: $0.level, proposedOn: DisplayDate.long(CalendarDate(utc: $0.proposed_at)),
                         href: StridePath.staffSkills($0.staff_id).href)
        }
        delegationsHref = mayDelegate ? StridePath.delegations.href : nil
        let phases: [AppraisalFormKind] = [.beginning, .midterm, .end, .probationReport]
        func waits(_ form: FormListQuery.Row) -> Bool {
            AppraisalWorkflow.awaits(.manager, in: form.state, kind: form.kind, contract: form.contract_type)
        }
        // In each person's latest cycle, the work in hand: a form the Board returned, to correct
        // first; else the latest form waiting for the manager (a signed Beginning of Cycle still
        // to send to the Board does not hide the End of Cycle to rate); else the first not yet
        // signed by both; else the last.
        let current = Dictionary(grouping: forms, by: \.staff_id).compactMapValues { rows -> FormListQuery.Row? in
            let latest = rows.map(\.start_date).max()
            let cycle = rows.filter { $0.start_date == latest }.sorted { phases.firstIndex(of: $0.kind)! < phases.firstIndex(of: $1.kind)! }
            return cycle.first { $0.state == .returned } ?? cycle.last(where: waits) ?? cycle.first { !$0.state.isSigned } ?? cycle.last
        }
        var rows = current.values.map { form in
            Row(name: form.name, profileHref: StridePath.staffMember(form.staff_id).href, cycle: form.label, form: form.kind.displayName,
                formHref: StridePath.appraisalForm(form.id).href, state: form.state.displayName, due: DisplayDate.long(form.due),
                waitsForYou: waits(form),
                overdue: form.state.isOverdue(due: form.due, on: today))
        }
        rows += reports.filter { current[$0.id] == nil }.map { person in
            Row(name: person.name, profileHref: StridePath.staffMember(person.id).href, cycle: "—", form: nil, formHref: nil,
                state: "No cycle open yet", due: nil, waitsForYou: false, overdue: false)
        }
        self.rows = rows.sorted { ($0.waitsForYou ? 0 : 1, $0.overdue ? 0 : 1, $0.name) < ($1.waitsForYou ? 0 : 1, $1.overdue ? 0 : 1, $1.name) }
        waiting = rows.filter(\.waitsForYou).count
        overdue = rows.filter(\.overdue).count
    }
}
