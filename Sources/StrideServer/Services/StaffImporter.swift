import Fluent
import StrideCore
import Vapor

/// Applies a staff CSV: plans it against what Stride holds (StrideCore checks every row),
/// then writes all rows in one transaction, or nothing at all.
enum StaffImporter {
    enum Outcome {
        case imported(created: Int, updated: Int, notices: [String])
        case rejected([StaffImport.Problem])
    }

    /// - Parameters:
    ///   - progress: called with (rows written, total rows) as the write goes on.
    static func run(
        csv: String, by actor: UUID?, app: Application, on db: any Database,
        progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) async throws -> Outcome {
        let units = try await OrganisationalUnit.query(on: db).all()
        let unitIDByCode = Dictionary(units.map { ($0.code, $0.id!) }, uniquingKeysWith: { a, _ in a })
        let staff = try await StaffMember.query(on: db).all()
        let numberByID = Dictionary(staff.map { ($0.id!, $0.staffNumber) }, uniquingKeysWith: { a, _ in a })
        let existing = staff.map {
            StaffImport.Existing(staffNumber: $0.staffNumber, email: $0.email,
                                 supervisorNumber: $0.$supervisor.id.flatMap { numberByID[$0] })
        }
        switch StaffImport.plan(csv: csv, unitCodes: Set(unitIDByCode.keys), existing: existing) {
        case .rejected(let problems):
            return .rejected(problems)
        case .ready(let plan):
            try await write(plan, staff: staff, unitIDByCode: unitIDByCode, actor: actor, app: app, db: db, progress: progress)
            return .imported(created: plan.created, updated: plan.updated, notices: plan.notices)
        }
    }

    private static func write(
        _ plan: StaffImport.Plan, staff: [StaffMember], unitIDByCode: [String: UUID], actor: UUID?,
        app: Application, db: any Database, progress: @escaping @Sendable (Int, Int) -> Void
    ) async throws {
        let now = app.clock.now()
        let existing = Dictionary(staff.map { ($0.staffNumber, $0) }, uniquingKeysWith: { a, _ in a })
        let total = plan.rows.count
        try await db.transaction { db in
            var byNumber = existing
            var events: [AuditEvent] = []
            // First every person, then supervisors: a supervisor may appear later in the file.
            for (index, row) in plan.rows.enumerated() {
                let member = byNumber[row.details.staffNumber] ?? StaffMember()
                let changes = member.id == nil ? nil : ChangeSummary.staff(member.details, row.details)
                member.apply(row.details)
                if let unitCode = row.unitCode { member.$unit.id = unitCode.flatMap { unitIDByCode[$0] } }
                try await member.save(on: db)
                byNumber[row.details.staffNumber] = member
                let summary = changes.map { "Import line \(row.line) updated \(row.details.name): \($0.isEmpty ? "no changes to details" : $0.text)" }
                    ?? "Import line \(row.line) created \(row.details.name) (\(row.details.staffNumber))"
                events.append(AuditEvent(occurredAt: now, actorID: actor, action: changes == nil ? "create" : "update",
                                         entity: "staff_member", entityID: member.id, summary: summary))
                if (index + 1) % 500 == 0 { progress(index + 1, total * 2) }
            }
            for (index, row) in plan.rows.enumerated() {
                guard let supervisorNumber = row.supervisorNumber, let member = byNumber[row.details.staffNumber] else { continue }
                let supervisorID = supervisorNumber.flatMap { byNumber[$0]?.id }
                if member.$supervisor.id != supervisorID {
                    member.$supervisor.id = supervisorID
                    try await member.save(on: db)
                }
                if (index + 1) % 500 == 0 { progress(total + index + 1, total * 2) }
            }
            events.append(AuditEvent(occurredAt: now, actorID: actor, action: "import", entity: "staff_member", entityID: nil,
                                     summary: "Imported staff: \(plan.created) created, \(plan.updated) updated"))
            // One event per person, written in batches.
            for start in stride(from: 0, to: events.count, by: 200) {
                try await Array(events[start..<min(start + 200, events.count)]).create(on: db)
            }
        }
        progress(total * 2, total * 2)
    }
}
