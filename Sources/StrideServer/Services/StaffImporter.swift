import Fluent
import SQLKit
import StrideCore
import Vapor

/// Applies a staff CSV: plans it against what Stride holds (StrideCore checks every row),
/// then writes all rows in one transaction, or nothing at all.
///
/// The plan and the write run in one exclusive transaction on the organisation tree, so the
/// loop and depth checks see the tree as it is written. Stored staff are read as light rows
/// and written with multi-row statements, never as Fluent models: an import of 100,000 people
/// keeps its memory to the plan itself.
enum StaffImporter {
    enum Outcome: Sendable {
        case imported(created: Int, updated: Int, unchanged: Int, notices: [String])
        case rejected([StaffImport.Problem])
    }

    /// - Parameters:
    ///   - progress: called with (rows written, total rows) as the write goes on.
    static func run(
        csv: String, in context: ServiceContext,
        progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) async throws -> Outcome {
        try await context.exclusiveTransaction(lock: .organisationTree) { context in
            // The schedule anchors are checked against cycles and changes no other writer may add meanwhile.
            try await context.alsoLock(.cycleOpening)
            let stored = try await StoredStaff.all(on: context.db)
            let units = try await StoredStaff.unitCodes(on: context.db)
            let numberByID = Dictionary(stored.map { ($0.id, $0.staff_number) }, uniquingKeysWith: { a, _ in a })
            let anchored = try await ContractHistories.anchored(on: context.db)
            let heldToday = try await ContractHistories.heldBeforeLaterChanges(today: context.clock.today(), on: context.db)
            let existing = stored.map {
                StaffImport.Existing(staffNumber: $0.staff_number, email: $0.email,
                                     supervisorNumber: $0.supervisor_id.flatMap { numberByID[$0] },
                                     scheduleAnchor: anchored.contains($0.id)
                                         ? ScheduleAnchor(contractType: $0.contract_type, entryOnDuty: $0.entry_on_duty,
                                                          heldToday: heldToday[$0.id]) : nil,
                                     contractEnd: $0.contract_end)
            }
            let roles = try await RoleProfileQueries.choices(on: context.db)
            let roleIDByKey = Dictionary(roles.map { (RoleProfile.key($0.name), $0.id) }, uniquingKeysWith: { a, _ in a })
            switch StaffImport.plan(csv: csv, unitCodes: Set(units.keys), roleKeys: Set(roleIDByKey.keys), existing: existing) {
            case .rejected(let problems):
                return .rejected(problems)
            case .ready(let plan):
                let ends = try await MovedContractEnds(plan, stored: stored, in: context)
                if !ends.problems.isEmpty { return .rejected(ends.problems) }
                let writer = StaffImportWriter(stored: stored, unitIDByCode: units, roles: roles, context: context, progress: progress)
                let updated = try await writer.write(plan)
                let notes = try await ends.apply(in: context)
                return .imported(created: plan.created, updated: updated, unchanged: plan.updated - updated,
                                 notices: plan.notices + notes)
            }
        }
    }

    static func summary(created: Int, updated: Int, unchanged: Int) -> String {
        "Imported \(created) new, updated \(updated) and left \(unchanged) unchanged staff records."
    }

    /// The rows that move a stored person's contract end, checked against their cycles before
    /// anything is written and applied to them after.
    private struct MovedContractEnds {
        let moves: [(row: StaffImport.Row, standing: ContractHistories.Standing)]
        let problems: [StaffImport.Problem]

        init(_ plan: StaffImport.Plan, stored: [StoredStaff], in context: ServiceContext) async throws {
            let byNumber = Dictionary(stored.map { ($0.staff_number, $0) }, uniquingKeysWith: { a, _ in a })
            let moved = plan.rows.compactMap { row in
                byNumber[row.details.staffNumber].flatMap { $0.contract_end == row.details.contractEnd ? nil : (row, $0) }
            }
            guard !moved.isEmpty else {
                (moves, problems) = ([], [])
                return
            }
            // A moved end cuts or extends a running cycle: no signature may open a form with its old dates meanwhile.
            try await context.alsoLock(.appraisalForms)
            let standings = try await ContractHistories.standings(
                of: Dictionary(moved.map { ($1.id, $1.details) }, uniquingKeysWith: { a, _ in a }), on: context.db)
            moves = moved.map { ($0.0, standings[$0.1.id]!) }
            problems = moves.flatMap { move in
                ContractEndService.problems(ending: move.row.details.contractEnd, for: move.standing).map {
                    StaffImport.Problem(line: move.row.line, column: "contract_end", message: $0.message)
                }
            }
        }

        /// Answers a sentence per cycle retimed, for the import's notices.
        func apply(in context: ServiceContext) async throws -> [String] {
            guard !moves.isEmpty else { return [] }
            let policies = try await CyclePolicyService.all(on: context.db)
            var notes: [String] = []
            for move in moves {
                if let note = try await ContractEndService.apply(ending: move.row.details.contractEnd, to: move.standing,
                                                                 policies: policies, in: context) {
                    notes.append("\(move.standing.name): \(note)")
                }
            }
            return notes
        }
    }
}

/// A stored staff row as the importer compares it with the file.
struct StoredStaff: Decodable, Sendable {
    let id: UUID
    let staff_number: String
    let name: String
    let email: String
    let grade: String
    let job_title: String
    let entry_on_duty: CalendarDate
    let contract_type: ContractType
    let status: EmploymentStatus
    let contract_end: CalendarDate?
    let unit_id: UUID?
    let supervisor_id: UUID?
    let role_profile_id: UUID?
    let supervision_path: String
    let record_version: Int

    var details: StaffDetails {
        StaffDetails(name: name, email: email, staffNumber: staff_number, grade: grade, jobTitle: job_title,
                     entryOnDuty: entry_on_duty, contractType: contract_type, status: status, contractEnd: contract_end)
    }

    static func all(on db: any Database) async throws -> [StoredStaff] {
        try await db.sql().raw("""
            SELECT id, staff_number, name, email, grade, job_title, entry_on_duty, contract_type, status, contract_end,
              unit_id, supervisor_id, role_profile_id, supervision_path, record_version
            FROM staff_members
            """).all(decoding: StoredStaff.self)
    }

    static func unitCodes(on db: any Database) async throws -> [String: UUID] {
        struct Unit: Decodable { let id: UUID; let code: String }
        let units = try await db.sql().raw("SELECT id, code FROM organisational_units").all(decoding: Unit.self)
        return Dictionary(units.map { ($0.code, $0.id) }, uniquingKeysWith: { a, _ in a })
    }
}
