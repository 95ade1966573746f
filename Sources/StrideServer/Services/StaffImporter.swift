import Fluent
import StrideCore
import Vapor

/// Applies a staff CSV: plans it against what Stride holds (StrideCore checks every row),
/// then writes all rows in one transaction, or nothing at all.
enum StaffImporter {
    enum Outcome {
        case imported(created: Int, updated: Int, unchanged: Int, notices: [String])
        case rejected([StaffImport.Problem])
    }

    /// - Parameters:
    ///   - progress: called with (rows written, total rows) as the write goes on.
    static func run(
        csv: String, in context: ServiceContext,
        progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) async throws -> Outcome {
        let db = context.db
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
            let updated = try await write(plan, staff: staff, unitIDByCode: unitIDByCode, in: context, progress: progress)
            return .imported(created: plan.created, updated: updated, unchanged: plan.updated - updated, notices: plan.notices)
        }
    }

    private static func write(
        _ plan: StaffImport.Plan, staff: [StaffMember], unitIDByCode: [String: UUID], in context: ServiceContext,
        progress: @escaping @Sendable (Int, Int) -> Void
    ) async throws -> Int {
        let now = context.now
        let actor = context.actor
        let existing = Dictionary(staff.map { ($0.staffNumber, $0) }, uniquingKeysWith: { a, _ in a })
        let codeByUnitID = Dictionary(unitIDByCode.map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })
        // New people get their ids now, so a supervisor anywhere in the file is known in one pass.
        var newIDs: [String: UUID] = [:]
        for row in plan.rows where existing[row.details.staffNumber] == nil { newIDs[row.details.staffNumber] = context.newID() }
        func id(of number: String) -> UUID? { existing[number]?.id ?? newIDs[number] }
        let numberByID = Dictionary(staff.map { ($0.id!, $0.staffNumber) } + newIDs.map { ($0.value, $0.key) },
                                    uniquingKeysWith: { a, _ in a })

        var inserts: [(row: StaffImport.Row, member: StaffMember)] = []
        var updates: [StaffMember] = []
        var events: [AuditEvent] = []
        for row in plan.rows {
            let current = existing[row.details.staffNumber]
            let member = current ?? StaffMember()
            if current == nil { member.supervisionPath = "" }
            let before = current.map { ($0.details, $0.$unit.id, $0.$supervisor.id) }
            if current == nil {
                member.id = newIDs[row.details.staffNumber]
                member.recordVersion = 1
            }
            member.apply(row.details)
            if let unitCode = row.unitCode { member.$unit.id = unitCode.flatMap { unitIDByCode[$0] } }
            if let supervisor = row.supervisorNumber { member.$supervisor.id = supervisor.flatMap(id(of:)) }
            guard let before else {
                inserts.append((row, member))
                events.append(AuditEvent(id: context.newID(), occurredAt: now, actorID: actor, action: .create, kind: .staffMember,
                                         entityID: member.id, summary: "Import line \(row.line) created \(row.details.name) (\(row.details.staffNumber))"))
                continue
            }
            var changes = ChangeSummary.staff(before.0, row.details)
            changes.compare("Unit", before.1.flatMap { codeByUnitID[$0] }, member.$unit.id.flatMap { codeByUnitID[$0] })
            changes.compare("Supervisor", before.2.flatMap { numberByID[$0] }, member.$supervisor.id.flatMap { numberByID[$0] })
            // Unchanged people are left alone: re-importing the same file writes nothing.
            guard !changes.isEmpty else { continue }
            // A change by import is a save like any other: a form open on the old record is stale.
            member.recordVersion += 1
            updates.append(member)
            events.append(AuditEvent(id: context.newID(), occurredAt: now, actorID: actor, action: .update, kind: .staffMember, entityID: member.id,
                                     summary: "Import line \(row.line) updated \(row.details.name): \(changes.text)"))
        }
        // Supervisors before the people they supervise, so each batch meets its foreign keys.
        let ordered = supervisorsFirst(inserts.map(\.member), newIDs: Set(newIDs.values))
        let changed = updates
        let total = ordered.count + changed.count
        events.append(AuditEvent(id: context.newID(), occurredAt: now, actorID: actor, action: .importData, kind: .staffMember, entityID: nil,
                                 summary: "Imported staff: \(inserts.count) created, \(changed.count) updated, \(plan.rows.count - inserts.count - changed.count) unchanged"))
        let trail = events
        try await context.transaction { context in
            let db = context.db
            var written = 0
            for start in stride(from: 0, to: ordered.count, by: batchSize) {
                try await Array(ordered[start..<min(start + batchSize, ordered.count)]).create(on: db)
                written = min(start + batchSize, ordered.count)
                progress(written, total)
            }
            for member in changed {
                try await member.save(on: db)
                written += 1
                if written % batchSize == 0 { progress(written, total) }
            }
            for start in stride(from: 0, to: trail.count, by: batchSize) {
                try await Array(trail[start..<min(start + batchSize, trail.count)]).create(on: db)
            }
            try await SupervisionPaths.rebuild(on: db)
            try await StaffSearchIndex.insert(ordered.map(\.searchEntry), on: db)
            try await StaffSearchIndex.write(changed.map(\.searchEntry), on: db)
        }
        progress(total, total)
        return changed.count
    }

    static func summary(created: Int, updated: Int, unchanged: Int) -> String {
        "Imported \(created) new, updated \(updated) and left \(unchanged) unchanged staff records."
    }

    /// Rows per INSERT, well within both databases' limits on bound values.
    static let batchSize = 200

    /// New members ordered so that anyone's new supervisor comes before them. The plan has
    /// already refused loops, so depth is finite.
    static func supervisorsFirst(_ members: [StaffMember], newIDs: Set<UUID>) -> [StaffMember] {
        let supervisorOf = Dictionary(members.map { ($0.id!, $0.$supervisor.id) }, uniquingKeysWith: { a, _ in a })
        var depth: [UUID: Int] = [:]
        func depthOf(_ id: UUID) -> Int {
            if let known = depth[id] { return known }
            guard let parent = supervisorOf[id] ?? nil, newIDs.contains(parent) else { depth[id] = 0; return 0 }
            depth[id] = 0   // guards against a loop the plan should already have refused
            let value = depthOf(parent) + 1
            depth[id] = value
            return value
        }
        return members.enumerated().sorted { (depthOf($0.element.id!), $0.offset) < (depthOf($1.element.id!), $1.offset) }.map(\.element)
    }
}
