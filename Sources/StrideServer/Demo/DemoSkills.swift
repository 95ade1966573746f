import Fluent
import Foundation
import StrideCore

/// The demo's job roles, against its competency framework, written through the same service
/// HR's form uses.
enum DemoSkills {
    /// name, description, and each required skill (by name) with its level and whether it is essential.
    private static let roles: [(String, String, [(String, Int, Bool)])] = [
        ("Programme officer", "Plans and delivers outputs of a unit's programme with partners.",
         [("Communication", 3, true), ("Teamwork", 3, true), ("Client orientation", 2, false)]),
        ("Unit chief", "Leads a unit: its outcomes, its people and their performance.",
         [("Managing performance", 4, true), ("Developing people", 4, true), ("Communication", 3, true), ("Teamwork", 4, false)]),
        ("Technical officer", "Brings specialist knowledge to projects and the people who run them.",
         [("Teamwork", 2, true), ("Client orientation", 3, true), ("Communication", 2, false)]),
    ]

    /// Who holds each role, by staff number.
    private static let holders: [String: [String]] = [
        "Unit chief": ["S1001", "S2001", "S3001", "S4001", "S5001"],
        "Programme officer": ["S3002", "S3003", "S3004", "S3006", "S4010", "S4003", "S2003"],
        "Technical officer": ["S4002", "S4004", "S4005", "S4008", "S5003", "S5004", "S5009"],
    ]

    /// Proposals by staff number: skill, level proposed, evidence, and the manager's decision
    /// (level and comment) where one has been made; the first few a year and more ago, so the
    /// skills pages show levels rising over time.
    private static let history: [(String, String, Int, String, (Int, String?)?, months: Int)] = [
        ("S3002", "Communication", 2, "Drafted the unit's partner briefings.", (2, nil), months: 14),
        ("S3002", "Client orientation", 2, "Answered partners' questions on the new funding rules.", (2, nil), months: 12),
        ("S4002", "Teamwork", 2, "Shared the project's lessons with the other advisers.", (2, nil), months: 10),
    ]

    private static let assessments: [(String, String, Int, String, (Int, String?)?)] = [
        ("S3002", "Communication", 3, "Led the donor round-table and wrote its summary for the Board.", (3, nil)),
        ("S3002", "Teamwork", 3, "Coordinated the three units behind the partnerships strategy.", nil),
        ("S3002", "Client orientation", 3, "Set up the quarterly partner survey and acted on its results.", (2, "The survey is a good start; level 3 needs the follow-through across partners.")),
        ("S4002", "Client orientation", 3, "Ran the field missions' partner reviews.", nil),
        ("S4002", "Teamwork", 3, "Built the technical advisers' peer review.", (3, nil)),
        ("S4007", "Client orientation", 2, "Answers the field offices' finance questions within a day.", (2, nil)),
        ("S3007", "Teamwork", 2, "Keeps the unit's shared calendar and mission plans in order.", (2, nil)),
        ("S5005", "Client orientation", 2, "Runs the field offices' IT clinic every month.", (2, nil)),
    ]

    /// What Field Operations Support's work needs: nobody holds client orientation at 3 or
    /// communication at all, so the matrix shows two skills uncovered.
    private static let fieldSupportNeeds: [(String, Int, Bool)] = [
        ("Client orientation", 3, true), ("Teamwork", 3, true), ("Communication", 3, false),
    ]

    /// Tasks its lead (S3006) allocated: title, skills needed, assignee, days until due, and how far each has got.
    private static let fieldSupportTasks: [(String, [(String, Int)], String, Int, WorkTaskStatus)] = [
        ("Brief the Dakar project team on the new reporting template", [("Communication", 2), ("Teamwork", 3)], "S4002", 10, .inProgress),
        ("Reconcile the field offices' third-quarter advances", [("Client orientation", 2)], "S4007", 21, .open),
        ("Set up remote access for the Lima project office", [("Client orientation", 2)], "S5005", 5, .done),
    ]

    static func load(in context: ServiceContext) async throws {
        let skills = Dictionary(try await SkillRefs.all(on: context.db).map { ($0.ref.name, $0.ref.id) }, uniquingKeysWith: { a, _ in a })
        for (name, description, needs) in roles {
            let input = RoleProfileInput(name: name, description: description, requirements: needs.map {
                .init(skill: skills[$0.0]?.uuidString, level: String($0.1), importance: $0.2 ? "essential" : "desirable")
            })
            let role: RoleProfile
            switch try await RoleProfileService.save(input, existing: nil, version: nil, in: context) {
            case .failure(let failure): throw StrideError.configuration(failure.errors.map { "Demo role \(name): \($0.message)" })
            case .success(let saved): role = saved
            }
            for staff in try await StaffMember.query(on: context.db).filter(\.$staffNumber ~~ (holders[name] ?? [])).all() {
                staff.$roleProfile.id = role.id
                try await staff.save(on: context.db)
            }
        }
        // A round HR opened a week ago asking the programme officers, which David Kim has answered.
        if let officers = try await RoleProfile.query(on: context.db).filter(\.$name == "Programme officer").first() {
            let week = context.at(context.now.addingTimeInterval(-7 * 86_400))
            _ = try await SkillRoundService.open(SkillRoundInput(name: "Programme officers' skills self-assessment", scope: "role",
                                                                 role: officers.id?.uuidString,
                                                                 dueOn: context.clock.today().adding(days: 23).iso), in: week).get()
        }
    }

    /// Each proposal made by the person, and decided by their supervisor where the script says so.
    static func loadAssessments(staffIDs: [String: UUID], in context: ServiceContext) async throws {
        let skills = Dictionary(try await SkillRefs.all(on: context.db).map { ($0.ref.name, $0.ref.id) }, uniquingKeysWith: { a, _ in a })
        let past = history.map { ($0.0, $0.1, $0.2, $0.3, $0.4, context.now.addingTimeInterval(-Double($0.months) * 30 * 86_400)) }
        for (number, skill, level, evidence, decision, date) in past + assessments.map({ ($0.0, $0.1, $0.2, $0.3, $0.4, context.now) }) {
            guard let staffID = staffIDs[number], let skillID = skills[skill],
                  let staff = try await StaffMember.find(staffID, on: context.db) else { continue }
            let then = context.at(date)
            let input = SkillAssessmentService.ProposalInput(skill: skillID.uuidString, level: String(level), evidence: evidence)
            // A script that no longer fits the demo framework fails loudly rather than leaving a proposal stuck.
            let row = try await SkillAssessmentService.propose(input, for: staffID, in: then.acting(as: staffID)).get()
            guard let (decided, comment) = decision, let manager = staff.$supervisor.id else { continue }
            _ = try await SkillAssessmentService.decide(try row.requireID(), level: String(decided), comment: comment,
                                                        in: then.acting(as: manager)).get()
        }
    }

    /// Field Operations Support's needs and tasks, written as its lead would through the page.
    static func loadWorkgroupWork(staffIDs: [String: UUID], in context: ServiceContext) async throws {
        guard let group = try await Workgroup.query(on: context.db).filter(\.$name == "Field Operations Support").first(),
              let lead = staffIDs["S3006"] else { return }
        let skills = Dictionary(try await SkillRefs.all(on: context.db).map { ($0.ref.name, $0.ref.id) }, uniquingKeysWith: { a, _ in a })
        let asLead = context.acting(as: lead)
        _ = try await WorkgroupNeedsService.save(fieldSupportNeeds.map {
            .init(skill: skills[$0.0]?.uuidString, level: String($0.1), importance: $0.2 ? "essential" : "desirable")
        }, for: group, in: asLead).get()
        let today = context.clock.today()
        // The tasks serve the group's objective, when it has one.
        let objective = try await WorkgroupObjective.query(on: context.db).filter(\.$workgroup.$id == group.requireID()).first()
        for (title, needs, assignee, days, status) in fieldSupportTasks {
            let input = WorkTaskInput(title: title, dueOn: today.adding(days: days).iso,
                                      requirements: needs.map { .init(skill: skills[$0.0]?.uuidString, level: String($0.1)) },
                                      assignee: staffIDs[assignee]?.uuidString, objective: objective?.id?.uuidString)
            let task = try await WorkTaskService.create(input, in: group, context: asLead).get()
            let path: [WorkTaskStatus] = status == .done ? [.inProgress, .done] : status == .open ? [] : [status]
            for step in path { _ = try await WorkTaskService.move(task, to: step.rawValue, in: context.acting(as: staffIDs[assignee]!)).get() }
        }
    }
}
