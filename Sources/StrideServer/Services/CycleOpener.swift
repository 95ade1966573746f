import Fluent
import Foundation
import SQLKit
import StrideCore

/// Opens the appraisal cycles that are due as of a date, for everyone at once: each person
/// is decided by the core's `CycleOpening`, and the cycles, their Beginning of Cycle forms (as
/// drafts) and an audit event each are written in batches, so one person's problem never stops
/// the others and an organisation of 100,000 opens in seconds.
enum CycleOpener {
    struct Summary: Sendable {
        var opened = 0
        var alreadyOpen = 0
        /// (name, staff ID, why), by name.
        var skipped: [(name: String, staffNumber: String, reason: String)] = []
    }

    static let batchSize = 1_000

    private struct PersonRow: Decodable, Sendable {
        let id: UUID
        let name: String
        let staff_number: String
        let contract_type: ContractType
        let entry_on_duty: CalendarDate
        let contract_end: CalendarDate?
        let supervisor_id: UUID?
    }

    /// A cycle to open for a person, with the content of its Beginning of Cycle draft.
    private struct Opening {
        let staffID: UUID
        let name: String
        let staffNumber: String
        let cycle: ScheduledCycle
        let appraiser: UUID
        /// The draft as stored JSON: encoded once for a whole bulk run, where every draft is empty.
        let beginning: String
        /// Said after the audit event's summary ("from the End of Cycle, …").
        var note: String? = nil
    }

    private struct OpenedRow: Decodable {
        let staff_member_id: UUID
        let start_date: CalendarDate
        let end_date: CalendarDate
    }

    /// Called with (people decided, people in all) after each batch, and a context on which to
    /// record it; throwing stops the run there.
    typealias Progress = @Sendable (_ done: Int, _ total: Int, _ context: ServiceContext) async throws -> Void

    /// Each batch is its own bulk write on a connection taken for it alone: on SQLite every
    /// event loop has one connection, and a run holding one throughout would stall every
    /// request on that loop (its own progress page included) until the run ended.
    static func openCycles(asOf date: CalendarDate, in context: ServiceContext,
                           progress: @escaping Progress = { _, _, _ in }) async throws -> Summary {
        struct ID: Decodable { let id: UUID }
        let policies = try await CyclePolicyService.all(on: context.db)
        // By id, so each batch's rows land together at the end of the indexes on the person.
        let ids = try await context.db.sql().raw("""
            SELECT id FROM staff_members WHERE status = \(bind: EmploymentStatus.active.rawValue) ORDER BY id
            """).all(decoding: ID.self).map(\.id)
        var summary = Summary()
        for start in stride(from: 0, to: ids.count, by: batchSize) {
            try Task.checkCancellation()
            let batch = Array(ids[start..<min(start + batchSize, ids.count)])
            let decided = try await context.bulk { context in
                try await context.exclusiveTransaction(lock: .cycleOpening) { context in
                    try await openBatch(batch, asOf: date, policies: policies, in: context)
                }
            }
            summary.opened += decided.opened
            summary.alreadyOpen += decided.alreadyOpen
            summary.skipped += decided.skipped
            try await progress(min(start + batchSize, ids.count), ids.count, context)
        }
        summary.skipped.sort { ($0.name, $0.staffNumber) < ($1.name, $1.staffNumber) }
        return summary
    }

    /// Decides and opens one batch under the opening lock, from the people, their contract
    /// changes and their opened cycles as they stand under it: a change of contract type or an
    /// edit recorded while the run goes on is seen by every batch written after it.
    private static func openBatch(_ ids: [UUID], asOf date: CalendarDate, policies: [ContractType: CyclePolicy],
                                  in context: ServiceContext) async throws -> Summary {
        let sql = try context.db.sql()
        let people = try await sql.raw("""
            SELECT id, name, staff_number, contract_type, entry_on_duty, contract_end, supervisor_id FROM staff_members
            WHERE id IN (\(binds: ids)) AND status = \(bind: EmploymentStatus.active.rawValue) ORDER BY id
            """).all(decoding: PersonRow.self)
        var opened: [UUID: [Range<CalendarDate>]] = [:]
        for row in try await sql.raw("""
            SELECT staff_member_id, start_date, end_date FROM appraisal_cycles WHERE staff_member_id IN (\(binds: ids))
            """).all(decoding: OpenedRow.self) where row.start_date < row.end_date {
            opened[row.staff_member_id, default: []].append(row.start_date..<row.end_date)
        }
        let changes = Dictionary(grouping: try await ContractHistories.rows(of: ids, on: context.db), by: \.staff_member_id)
        let draft = String(decoding: try JSONEncoder.stride.encode(BeginningOfCycle()), as: UTF8.self)
        var summary = Summary()
        var batch: [Opening] = []
        for person in people {
            let decision = CycleOpening.decide(
                .init(id: person.id,
                      contract: ContractHistories.history(entryOnDuty: person.entry_on_duty, currentType: person.contract_type,
                                                          contractEnd: person.contract_end, changes: changes[person.id] ?? []),
                      isActive: true, supervisorID: person.supervisor_id, opened: opened[person.id] ?? []),
                asOf: date, policies: policies)
            switch decision {
            case .open(let cycle, let appraiser):
                batch.append(Opening(staffID: person.id, name: person.name, staffNumber: person.staff_number, cycle: cycle,
                                     appraiser: appraiser, beginning: draft))
            case .alreadyOpen: summary.alreadyOpen += 1
            case .skipped(let reason): summary.skipped.append((person.name, person.staff_number, reason))
            }
        }
        _ = try await write(batch, in: context)
        summary.opened = batch.count
        return summary
    }

    /// Writes the cycles, each with its Beginning of Cycle draft and an audit event, in one
    /// statement per table; answers the Beginning of Cycle forms' ids, in order.
    private static func write(_ batch: [Opening], in context: ServiceContext) async throws -> [UUID] {
        let sql = try context.db.sql()
        guard !batch.isEmpty else { return [] }
        let now = context.now
        var formIDs: [UUID] = []
        var cycles = sql.insert(into: AppraisalCycle.schema).columns(
            "id", "opened_at", "opened_by", "label", "contract_type", "start_date", "end_date", "beginning_due", "midterm_date",
            "midterm_due", "end_due", "probation_report_date", "colleague_designation_date", "staff_member_id", "appraiser_id")
        var forms = sql.insert(into: AppraisalForm.schema).columns(
            "id", "created_at", "updated_at", "kind", "state", "content", "record_version", "due_on", "cycle_id")
        var audit = sql.insert(into: AuditEvent.schema).columns("id", "occurred_at", "actor_id", "action", "entity", "entity_id", "summary")
        for opening in batch {
            let cycle = opening.cycle, cycleID = context.newID(), formID = context.newID()
            cycles = cycles.values([
                cycleID, now, context.actor, cycle.label, cycle.contractType.rawValue, cycle.start.iso, cycle.end.iso,
                cycle.beginningOfCycleDue.iso, cycle.midtermReview.iso, cycle.midtermReviewDue.iso, cycle.endOfCycleDue.iso,
                cycle.probationReport?.iso, cycle.colleagueDesignation?.iso, opening.staffID, opening.appraiser,
            ] as [any Encodable & Sendable])
            forms = forms.values([
                formID, now, now, AppraisalFormKind.beginning.rawValue, AppraisalState.draft.rawValue, opening.beginning, 1,
                cycle.due(for: .beginning).iso, cycleID,
            ] as [any Encodable & Sendable])
            audit = audit.values([
                context.newID(), now, context.actor, AuditAction.create.rawValue, AuditRecordKind.appraisalCycle.rawValue, cycleID,
                "Opened cycle \(cycle.label) (\(cycle.start.iso) to \(cycle.end.iso)) for \(opening.name) (\(opening.staffNumber))"
                    + (opening.note.map { " \($0)" } ?? ""),
            ] as [any Encodable & Sendable])
            formIDs.append(formID)
        }
        try await cycles.run()
        try await forms.run()
        try await audit.run()
        return formIDs
    }
}

extension CycleOpener {
    /// Opens `staffID`'s cycle that follows the one ending on `end`, in the same sitting as the
    /// End of Cycle, with `beginning` as its Beginning of Cycle draft; or, when that cycle is
    /// already open, leaves it as it is. Answers the next cycle's Beginning of Cycle form.
    static func openNext(for staffID: UUID, after end: CalendarDate, beginning: BeginningOfCycle,
                         in context: ServiceContext) async throws -> (formID: UUID, opened: Bool) {
        let policies = try await CyclePolicyService.all(on: context.db)
        return try await context.exclusiveTransaction(lock: .cycleOpening) { context in
            let db = context.db
            guard let staff = try await StaffMember.find(staffID, on: db) else { throw StrideError.notFound("The staff member") }
            let (history, opened) = try await ContractHistories.standing(of: staff, on: db)
            let person = CycleOpening.Person(id: staffID, contract: history, isActive: staff.status == .active,
                                             supervisorID: staff.$supervisor.id,
                                             opened: opened.filter { $0.startDate < $0.endDate }.map { $0.startDate..<$0.endDate })
            switch CycleOpening.decide(person, asOf: end, policies: policies) {
            case .skipped(let reason):
                throw StrideError.conflict("The next cycle cannot be opened: \(reason).")
            case .alreadyOpen:
                guard let cycle = opened.first(where: { $0.scheduled.covers(end) }),
                      let form = try await AppraisalForm.query(on: db).filter(\.$cycle.$id == cycle.id!).filter(\.$kind == .beginning).first()
                else { throw StrideError.conflict("The next cycle is open but has no Beginning of Cycle form.") }
                return (form.id!, false)
            case .open(let scheduled, let appraiser):
                let opening = Opening(staffID: staffID, name: staff.name, staffNumber: staff.staffNumber, cycle: scheduled, appraiser: appraiser,
                                      beginning: String(decoding: try JSONEncoder.stride.encode(beginning), as: UTF8.self),
                                      note: "from the End of Cycle, carrying over \(counted(beginning.outputs.count, "output"))")
                return (try await write([opening], in: context)[0], true)
            }
        }
    }
}

extension JSONEncoder {
    /// Stride's JSON for stored content: keys sorted, so equal content is equal text (and hashes alike).
    static var stride: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
