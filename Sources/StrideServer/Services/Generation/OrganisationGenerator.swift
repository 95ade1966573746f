import Fluent
import Foundation
import SQLKit
import StrideCore

/// Writes an `OrganisationBlueprint` into an empty database: the units and staff with their
/// accounts, the demo's competency framework and job roles, outcomes, everyone's current cycle
/// with its forms as far as the blueprint says, and the work around them (skills, workgroups
/// with objectives, feedback rounds, improvement plans). Everything is written in batches, in
/// a few transactions, so 100,000 people take well under two minutes on SQLite.
struct OrganisationGenerator: Sendable {
    /// (step, done, of): called as each step moves on.
    typealias Progress = @Sendable (String, Int, Int) -> Void

    let blueprint: OrganisationBlueprint
    let seed: UInt64
    private(set) var context: ServiceContext
    let progress: Progress
    /// Everyone's id, by index in the blueprint.
    let staffIDs: [UUID]
    let unitIDs: [UUID]

    init(staff: Int, seed: UInt64, in context: ServiceContext, progress: @escaping Progress) {
        blueprint = OrganisationBlueprint.make(staff: staff, seed: seed, today: context.clock.today())
        self.seed = seed
        self.context = context
        self.progress = progress
        staffIDs = blueprint.people.map { _ in context.newID() }
        unitIDs = blueprint.units.map { _ in context.newID() }
    }

    /// The people who show each part of the generated organisation, for the sign-in list.
    var logins: [(email: String, role: String)] {
        let people = blueprint.people
        var list = [(people[0].email, "Head of the organisation"), (people[1].email, "HR administrator")]
        if people.count > 2 { list.append((people[2].email, "Reports Board member; heads a department")) }
        if let manager = people.indices.dropFirst(3).first(where: { index in people[index].depth == 2 }) {
            list.append((people[manager].email, "Manager of a division"))
        }
        if let member = people.indices.last { list.append((people[member].email, "Staff member")) }
        return list
    }

    func run() async throws {
        guard try await DemoOrganisation.isDatabaseEmpty(on: context.db) else {
            throw StrideError.conflict("The database already holds staff; an organisation is only generated into an empty one.")
        }
        guard blueprint.people.count >= 2 else { throw StrideError.conflict("Generate at least 2 staff.") }
        progress("Frameworks and job roles", 0, 1)
        let framework = try await FrameworkStore.save(DemoFramework.make(importedAt: context.now), in: context)
        try await CompetencyFramework.mark(framework.id, in: context)
        try await DemoSkills.load(in: context)
        progress("Frameworks and job roles", 1, 1)
        let roles = try await GeneratedRoles.load(on: context.db)
        let hash = try await context.passwords.hash(DemoOrganisation.password)
        try await context.transaction { context in
            try await writeUnits(on: context.db)
            try await writeStaff(roles: roles, passwordHash: hash, on: context.db)
            try await writeGrants(on: context.db)
            progress("Search index", 0, 1)
            try await StaffSearchIndex.rebuild(on: context.db)
            progress("Search index", 1, 1)
        }
        let outcomes = try await context.transaction { context in
            try await GeneratedOutcomes(generator: self.rebound(context)).write()
        }
        _ = try await CycleOpener.openCycles(asOf: context.clock.today(), in: context) { done, total, _ in
            progress("Cycles", done, total)
        }
        let opened = try await context.transaction { context in
            try await GeneratedAppraisals(generator: self.rebound(context), outcomes: outcomes, roles: roles).write()
        }
        try await context.transaction { context in
            let generator = self.rebound(context)
            try await GeneratedWork(generator: generator, outcomes: outcomes, roles: roles, opened: opened).write()
            try await context.audit(.importData, .organisation, id: nil,
                                    "Generated an organisation of \(blueprint.people.count) staff and \(blueprint.units.count) units (seed \(seed))")
        }
        try await GeneratedFollowUps(generator: self, opened: opened).write()
    }

    /// The same generator writing through another context (a transaction's).
    func rebound(_ context: ServiceContext) -> OrganisationGenerator {
        var copy = self
        copy.context = context
        return copy
    }

    private func writeUnits(on db: any Database) async throws {
        var units = BatchInsert(OrganisationalUnit.schema, ["id", "created_at", "updated_at", "name", "code", "parent_id", "chief_id", "record_version"])
        let now = context.now
        // Parents come before their children in the blueprint, so each batch's parents exist.
        for (index, unit) in blueprint.units.enumerated() {
            try await units.add([unitIDs[index], now, now, unit.name, unit.code, unit.parent.map { unitIDs[$0] }, staffIDs[unit.chief], 1], on: db)
        }
        try await units.flush(on: db)
    }

    private func writeStaff(roles: GeneratedRoles, passwordHash: String, on db: any Database) async throws {
        let people = blueprint.people
        let paths = TreePath.paths(parents: Dictionary(uniqueKeysWithValues: people.indices.map { (staffIDs[$0], people[$0].supervisor.map { staffIDs[$0] }) }))
        let managers = Set(people.compactMap(\.supervisor))
        var batches = BatchInserts([BatchInsert(StaffMember.schema, [
            "id", "created_at", "updated_at", "staff_number", "name", "email", "grade", "job_title", "entry_on_duty", "contract_type",
            "status", "contract_end", "record_version", "supervision_path", "unit_id", "supervisor_id", "role_profile_id",
        ]), BatchInsert(Account.schema, ["id", "created_at", "password_hash", "must_change_password", "disabled", "password_set_at",
                                         "last_sign_in_at", "staff_member_id"])])
        let now = context.now
        // Supervisors come before the people they supervise, as the foreign key wants.
        for (index, person) in people.enumerated() {
            let id = staffIDs[index]
            let contractEnd: String? = person.contractType == .technicalCooperation ? context.clock.today().adding(months: 6 + index % 30).iso : nil
            try await batches.add([
                id, now, now, person.staffNumber, person.name, person.email, person.grade, person.jobTitle, person.entryOnDuty.iso,
                person.contractType.rawValue, EmploymentStatus.active.rawValue, contractEnd, 1, paths[id]!.text, unitIDs[person.unit],
                person.supervisor.map { staffIDs[$0] }, roles.role(for: person, managesOthers: managers.contains(index)),
            ], to: StaffMember.schema, on: db)
            try await batches.add([context.newID(), now, passwordHash, false, false, now, nil as Date?, id], to: Account.schema, on: db)
            if index % 2_000 == 0 { progress("Staff and accounts", index, people.count) }
        }
        try await batches.flush(on: db)
        progress("Staff and accounts", people.count, people.count)
    }

    /// HR is the second person; the Reports Board the third and every 500th person after.
    private func writeGrants(on db: any Database) async throws {
        var grants = BatchInsert(RoleGrant.schema, ["id", "granted_at", "role", "staff_member_id", "granted_by_id"])
        try await grants.add([context.newID(), context.now, Role.hrAdministrator.rawValue, staffIDs[1], nil as UUID?], on: db)
        for index in stride(from: 2, to: staffIDs.count, by: 500) {
            try await grants.add([context.newID(), context.now, Role.reportsBoardMember.rawValue, staffIDs[index], nil as UUID?], on: db)
        }
        try await grants.flush(on: db)
    }
}
