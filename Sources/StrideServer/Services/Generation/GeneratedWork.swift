import Fluent
import Foundation
import SQLKit
import StrideCore

/// The work around the cycles of a generated organisation: skill levels proposed against each
/// person's role and decided by their manager, workgroups with an objective each (criteria and
/// a year of monthly readings, on track, at risk or off track), tasks, and feedback from
/// colleagues for staff on probation.
struct GeneratedWork: Sendable {
    let generator: OrganisationGenerator
    let outcomes: GeneratedOutcomes.Written
    let roles: GeneratedRoles
    let opened: GeneratedAppraisals.Opened

    func write() async throws {
        try await writeSkills()
        try await writeWorkgroups()
        try await writeColleagueFeedback()
    }

    private func writeSkills() async throws {
        let context = generator.context, db = context.db, now = context.now, people = generator.blueprint.people
        let managers = Set(people.compactMap(\.supervisor))
        var assessments = BatchInsert("skill_assessments", [
            "id", "proposed_at", "decided_at", "decided_by", "level", "evidence", "indicators", "status", "decided_level", "comment",
            "staff_member_id", "skill_id",
        ])
        for (index, person) in people.enumerated() where person.proposesSkills {
            guard let role = roles.role(for: person, managesOthers: managers.contains(index)), let needs = roles.requirements[role] else { continue }
            for (offset, need) in needs.enumerated() {
                // Most propose the level the role requires; some one below it, which shows as a gap.
                let level = max(1, need.level - ((index + offset) % 4 == 0 ? 1 : 0))
                let decided = person.managerDecides && person.supervisor != nil
                try await assessments.add([
                    context.newID(), now.addingTimeInterval(-86_400 * Double(10 + index % 60)), decided ? now : nil as Date?,
                    decided ? person.supervisor.map { generator.staffIDs[$0] } : nil, level, "Shown in this cycle's outputs.", "[]",
                    decided ? SkillAssessmentStatus.confirmed.rawValue : SkillAssessmentStatus.proposed.rawValue, decided ? level : nil as Int?,
                    nil as String?, generator.staffIDs[index], need.skill,
                ], on: db)
            }
            if index % 5_000 == 0 { generator.progress("Skills", index, people.count) }
        }
        try await assessments.flush(on: db)
        generator.progress("Skills", people.count, people.count)
    }

    private func writeWorkgroups() async throws {
        let context = generator.context, db = context.db, now = context.now, today = context.clock.today()
        let people = generator.blueprint.people, ids = generator.staffIDs
        let start = today.adding(months: -11)
        var batches = BatchInserts([
            BatchInsert("workgroups", ["id", "created_at", "updated_at", "name", "kind", "purpose", "end_date", "lead_id", "record_version",
                                       "start_date"]),
            BatchInsert("workgroup_memberships", ["id", "joined_at", "role", "workgroup_id", "staff_member_id"]),
            BatchInsert("workgroup_skill_needs", ["id", "level", "essential", "position", "workgroup_id", "skill_id"]),
            BatchInsert("workgroup_objectives", ["id", "created_at", "updated_at", "title", "description", "starts_on", "due_on",
                                                 "status_override", "override_reason", "record_version", "workgroup_id", "unit_outcome_id",
                                                 "owner_id"]),
            BatchInsert("performance_criteria", ["id", "created_at", "position", "indicator", "unit", "baseline", "target", "due_on", "weight",
                                                 "objective_id"]),
            BatchInsert("criterion_readings", ["id", "recorded_at", "recorded_by", "value", "measured_on", "comment", "criterion_id"]),
            BatchInsert("work_tasks", ["id", "created_at", "updated_at", "created_by", "title", "description", "due_on", "status",
                                       "record_version", "workgroup_id", "assignee_id", "objective_id"]),
        ])
        let kinds = WorkgroupKind.allCases
        // One officer role's needs: the same for every run (a dictionary's order is not).
        let skills = roles.officers.first.flatMap { roles.requirements[$0] } ?? []
        for (number, group) in generator.blueprint.workgroups.enumerated() {
            let id = context.newID(), lead = ids[group.lead], kind = kinds[number % kinds.count]
            let theme = generator.blueprint.units[people[group.lead].unit].name
            try await batches.add([id, now, now, "Workgroup \(number + 1): \(theme)", kind.rawValue,
                                   "Deliver the objective agreed with \(theme) for the biennium.",
                                   kind == .permanentTeam ? nil as String? : today.adding(months: 12).iso, lead, 1, start.iso], to: "workgroups", on: db)
            try await batches.add([context.newID(), now, WorkgroupRole.lead, id, lead], to: "workgroup_memberships", on: db)
            for member in group.members {
                try await batches.add([context.newID(), now, WorkgroupRole.member, id, ids[member]], to: "workgroup_memberships", on: db)
            }
            for (position, need) in skills.prefix(2 + number % 2).enumerated() {
                try await batches.add([context.newID(), need.level, position == 0, position, id, need.skill], to: "workgroup_skill_needs", on: db)
            }
            // The objective serves the lead's unit's first outcome; its pace sets its status.
            let objective = context.newID()
            try await batches.add([objective, now, now, "Deliver \(theme)'s biennial results", "Agreed with the unit's chief.",
                                   start.iso, today.adding(months: 13).iso, nil as String?, nil as String?, 1, id,
                                   outcomes.byUnit[people[group.lead].unit].first, lead], to: "workgroup_objectives", on: db)
            let pace = [1.0, 0.7, 0.3][number % 3]
            for (position, indicator) in [("Milestones delivered", "milestones", 12.0), ("Partners reached", "partners", 40.0)].enumerated() {
                let criterion = context.newID()
                try await batches.add([criterion, now, position, indicator.0, indicator.1, 0.0, indicator.2, today.adding(months: 13).iso,
                                       1.0, objective], to: "performance_criteria", on: db)
                for month in 1...10 {
                    let value = (indicator.2 * Double(month) / 24 * pace).rounded()
                    try await batches.add([context.newID(), now, lead, value, start.adding(months: month).iso, nil as String?, criterion],
                                          to: "criterion_readings", on: db)
                }
            }
            for (offset, member) in group.members.prefix(2).enumerated() {
                try await batches.add([context.newID(), now, now, lead, offset == 0 ? "Draft the quarterly progress note" : "Collect the partners' data",
                                       nil as String?, today.adding(days: 14 + offset * 7).iso,
                                       (offset == 0 ? WorkTaskStatus.inProgress : .open).rawValue, 1, id, ids[member], objective], to: "work_tasks", on: db)
            }
        }
        try await batches.flush(on: db)
        generator.progress("Workgroups", 1, 1)
    }

    /// Three colleagues (the person's peers under the same supervisor) for each person on
    /// probation; those whose designation date has passed have two answers in.
    private func writeColleagueFeedback() async throws {
        let context = generator.context, db = context.db, now = context.now, today = context.clock.today()
        let people = generator.blueprint.people
        var peers: [Int: [Int]] = [:]
        for (index, person) in people.enumerated() { if let boss = person.supervisor { peers[boss, default: []].append(index) } }
        var requests = BatchInsert("colleague_feedback_requests", [
            "id", "designated_at", "designated_by", "given_at", "due_on", "ratings", "strengths", "development", "cycle_id", "staff_member_id",
            "colleague_id",
        ])
        let ratings = try RatingsJSON.encode(Dictionary(uniqueKeysWithValues: ColleagueFeedbackForm.questions.map { ($0.id, Optional(4)) }))
        for entry in opened.probation {
            guard let boss = people[entry.person].supervisor else { continue }
            let colleagues = (peers[boss] ?? []).filter { $0 != entry.person }.prefix(3)
            guard colleagues.count == 3 else { continue }
            for (offset, colleague) in colleagues.enumerated() {
                let given = entry.designation <= today && offset < 2
                try await requests.add([
                    context.newID(), now, generator.staffIDs[boss], given ? now : nil as Date?, entry.dueOn.iso,
                    given ? ratings : nil as String?, given ? "Reliable and well prepared." : nil as String?,
                    given ? "Could ask for help sooner." : nil as String?, entry.cycle, generator.staffIDs[entry.person], generator.staffIDs[colleague],
                ], on: db)
            }
        }
        try await requests.flush(on: db)
        generator.progress("Colleague feedback", 1, 1)
    }
}
