import Fluent
import Foundation
import SQLKit
import StrideCore

/// Writes a checked import plan inside the importer's transaction: new people with their
/// supervision paths, changed people, the search terms of both, and an audit event for each.
/// Everything goes out in multi-row statements; nothing is loaded as a Fluent model.
struct StaffImportWriter {
    let stored: [StoredStaff]
    let unitIDByCode: [String: UUID]
    let roles: [RoleProfileQueries.Choice]
    let context: ServiceContext
    let progress: @Sendable (Int, Int) -> Void

    /// Staff rows per INSERT: 17 values a row keeps a statement within SQLite's 32,766 and
    /// PostgreSQL's 65,535 bound values.
    static let staffBatch = 1_000

    private struct Change {
        let row: StaffImport.Row
        let id: UUID
        let unitID: UUID?
        let supervisorID: UUID?
        let roleID: UUID?
        let before: StoredStaff?
        let summary: String

        var entry: StaffSearchIndex.Entry {
            StaffSearchIndex.Entry(id: id, name: row.details.name, jobTitle: row.details.jobTitle, email: row.details.email,
                                   staffNumber: row.details.staffNumber)
        }
    }

    /// Writes the plan and answers how many stored people it changed.
    func write(_ plan: StaffImport.Plan) async throws -> Int {
        let storedByNumber = Dictionary(stored.map { ($0.staff_number, $0) }, uniquingKeysWith: { a, _ in a })
        var idByNumber = storedByNumber.mapValues(\.id)
        for row in plan.rows where idByNumber[row.details.staffNumber] == nil { idByNumber[row.details.staffNumber] = context.newID() }
        let numberByID = Dictionary(idByNumber.map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })
        let codeByUnitID = Dictionary(unitIDByCode.map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })
        let roleIDByKey = Dictionary(roles.map { (RoleProfile.key($0.name), $0.id) }, uniquingKeysWith: { a, _ in a })
        let roleNameByID = Dictionary(roles.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        // Everyone's supervisor once the import is written, from which every path follows.
        var parents = Dictionary(stored.map { ($0.id, $0.supervisor_id) }, uniquingKeysWith: { a, _ in a })
        var inserts: [Change] = []
        var updates: [Change] = []
        for row in plan.rows {
            let before = storedByNumber[row.details.staffNumber]
            let id = idByNumber[row.details.staffNumber]!
            // An absent column leaves the stored value; an empty cell clears it.
            let unitID = row.unitCode.map { $0.flatMap { unitIDByCode[$0] } } ?? before?.unit_id
            let supervisorID = row.supervisorNumber.map { $0.flatMap { idByNumber[$0] } } ?? before?.supervisor_id
            let roleID = row.roleKey.map { $0.flatMap { roleIDByKey[$0] } } ?? before?.role_profile_id
            parents[id] = .some(supervisorID)
            guard let before else {
                inserts.append(Change(row: row, id: id, unitID: unitID, supervisorID: supervisorID, roleID: roleID, before: nil,
                                      summary: "Import line \(row.line) created \(row.details.name) (\(row.details.staffNumber))"))
                continue
            }
            var changes = ChangeSummary.staff(before.details, row.details)
            changes.compare("Unit", before.unit_id.flatMap { codeByUnitID[$0] }, unitID.flatMap { codeByUnitID[$0] })
            changes.compare("Supervisor", before.supervisor_id.flatMap { numberByID[$0] }, supervisorID.flatMap { numberByID[$0] })
            changes.compare("Role", before.role_profile_id.flatMap { roleNameByID[$0] }, roleID.flatMap { roleNameByID[$0] })
            // Unchanged people are left alone: re-importing the same file writes nothing.
            guard !changes.isEmpty else { continue }
            updates.append(Change(row: row, id: id, unitID: unitID, supervisorID: supervisorID, roleID: roleID, before: before,
                                  summary: "Import line \(row.line) updated \(row.details.name): \(changes.text)"))
        }
        let paths = TreePath.paths(parents: parents)
        // Supervisors before the people they supervise (shallower paths first), so each
        // statement meets its foreign keys.
        let ordered = inserts.enumerated().map { (depth: paths[$0.element.id]!.depth, offset: $0.offset, change: $0.element) }
            .sorted { ($0.depth, $0.offset) < ($1.depth, $1.offset) }
            .map(\.change)
        let total = ordered.count + updates.count
        try await insertStaff(ordered, paths: paths, total: total)
        try await updateStaff(updates, done: ordered.count, total: total)
        let moved = stored.compactMap { row in
            paths[row.id].flatMap { $0.text == row.supervision_path ? nil : (row.id, $0) }
        }
        try await SupervisionPaths.write(moved, on: context.db)
        try await StaffSearchIndex.insert(ordered.map(\.entry), on: context.db)
        try await StaffSearchIndex.write(updates.map(\.entry), on: context.db)
        try await audit(ordered, action: .create)
        try await audit(updates, action: .update)
        try await context.audit(.importData, .staffMember, id: nil,
                                "Imported staff: \(inserts.count) created, \(updates.count) updated, \(plan.rows.count - total) unchanged")
        progress(total, total)
        return updates.count
    }

    private func insertStaff(_ changes: [Change], paths: [UUID: TreePath], total: Int) async throws {
        let sql = try context.db.sql()
        let now = context.now
        for start in stride(from: 0, to: changes.count, by: Self.staffBatch) {
            var insert = sql.insert(into: StaffMember.schema).columns(
                "id", "created_at", "updated_at", "staff_number", "name", "email", "grade", "job_title", "entry_on_duty",
                "contract_type", "status", "contract_end", "record_version", "supervision_path", "unit_id", "supervisor_id", "role_profile_id")
            for change in changes[start..<min(start + Self.staffBatch, changes.count)] {
                let details = change.row.details
                insert = insert.values([
                    change.id, now, now, details.staffNumber, details.name, details.email, details.grade, details.jobTitle,
                    details.entryOnDuty, details.contractType, details.status, details.contractEnd, 1, paths[change.id]!.text, change.unitID,
                    change.supervisorID, change.roleID,
                ] as [any Encodable & Sendable])
            }
            try await insert.run()
            progress(min(start + Self.staffBatch, changes.count), total)
        }
    }

    /// A change by import is a save like any other: the version moves, so a form open on the
    /// old record is stale.
    private func updateStaff(_ changes: [Change], done: Int, total: Int) async throws {
        let sql = try context.db.sql()
        for (index, change) in changes.enumerated() {
            let details = change.row.details
            try await sql.update(StaffMember.schema)
                .set("updated_at", to: context.now).set("staff_number", to: details.staffNumber).set("name", to: details.name)
                .set("email", to: details.email).set("grade", to: details.grade).set("job_title", to: details.jobTitle)
                .set("entry_on_duty", to: details.entryOnDuty).set("contract_type", to: details.contractType)
                .set("status", to: details.status).set("contract_end", to: details.contractEnd)
                .set("unit_id", to: change.unitID).set("supervisor_id", to: change.supervisorID).set("role_profile_id", to: change.roleID)
                .set("record_version", to: (change.before?.record_version ?? 0) + 1)
                .where("id", .equal, change.id).run()
            if (index + 1) % Self.staffBatch == 0 { progress(done + index + 1, total) }
        }
    }

    private func audit(_ changes: [Change], action: AuditAction) async throws {
        try await context.audit(action, .staffMember, changes.map { ($0.id, $0.summary) })
    }
}
