import Fluent
import Foundation
import SQLKit
import StrideCore

/// People's contract histories: the type held from entry on duty and each recorded change.
enum ContractHistories {
    /// A recorded change as the schedule needs it.
    struct Row: Decodable, Sendable {
        let staff_member_id: UUID
        let effective_on: CalendarDate
        let previous_type: ContractType
        let contract_type: ContractType
    }

    /// The history from a person's record and their recorded changes (by date): with none,
    /// the type on the record has been held since entry on duty.
    static func history(entryOnDuty: CalendarDate, currentType: ContractType, contractEnd: CalendarDate?,
                        changes: [Row]) -> ContractHistory {
        let ordered = changes.sorted { $0.effective_on < $1.effective_on }
        return ContractHistory(entryOnDuty: entryOnDuty, initialType: ordered.first?.previous_type ?? currentType,
                               changes: ordered.map { .init(to: $0.contract_type, on: $0.effective_on) }, contractEnd: contractEnd)
    }

    static func history(of details: StaffDetails, changes: [Row]) -> ContractHistory {
        history(entryOnDuty: details.entryOnDuty, currentType: details.contractType, contractEnd: details.contractEnd, changes: changes)
    }

    static func history(of staffID: UUID, _ details: StaffDetails, on db: any Database) async throws -> ContractHistory {
        history(of: details, changes: try await rows(of: [staffID], on: db))
    }

    /// A person's history and the cycles opened for them, by start: what a change of contract
    /// type, or the next cycle's opening, is checked against.
    static func standing(of staff: StaffMember, on db: any Database) async throws -> (history: ContractHistory, cycles: [AppraisalCycle]) {
        let id = try staff.requireID()
        return (try await history(of: id, staff.details, on: db),
                try await AppraisalCycle.query(on: db).filter(\.$staffMember.$id == id).sort(\.$startDate).all())
    }

    static func rows(of staffIDs: [UUID], on db: any Database) async throws -> [Row] {
        guard !staffIDs.isEmpty else { return [] }
        return try await db.sql().raw("""
            SELECT staff_member_id, effective_on, previous_type, contract_type FROM contract_changes
            WHERE staff_member_id IN (\(binds: staffIDs)) ORDER BY effective_on
            """).all(decoding: Row.self)
    }

    /// The type each person holds today, for those with a change recorded that takes effect
    /// later (the type before the first such change).
    static func heldBeforeLaterChanges(today: CalendarDate, on db: any Database) async throws -> [UUID: ContractType] {
        let later = try await db.sql().raw("""
            SELECT staff_member_id, effective_on, previous_type, contract_type FROM contract_changes
            WHERE effective_on > \(bind: today.iso) ORDER BY effective_on DESC
            """).all(decoding: Row.self)
        // Latest first, so each person's earliest later change is the one kept.
        return Dictionary(later.map { ($0.staff_member_id, $0.previous_type) }, uniquingKeysWith: { _, earlier in earlier })
    }

    /// The people whose schedules are in use (a cycle opened or a change recorded), whose
    /// contract type and entry on duty no longer change by editing (`ScheduleAnchor`).
    static func anchored(_ staffIDs: [UUID]? = nil, on db: any Database) async throws -> Set<UUID> {
        struct Row: Decodable { let staff_member_id: UUID }
        if let staffIDs, staffIDs.isEmpty { return [] }
        let only: SQLQueryString = staffIDs.map { "WHERE staff_member_id IN (\(binds: $0))" } ?? ""
        return Set(try await db.sql().raw("""
            SELECT staff_member_id FROM appraisal_cycles \(only)
            UNION SELECT staff_member_id FROM contract_changes \(only)
            """).all(decoding: Row.self).map(\.staff_member_id))
    }

    /// What the rules need of one person, as stored before an edit of their contract.
    struct Standing: Sendable {
        let name: String
        let staffNumber: String
        let history: ContractHistory
        /// Their opened cycles, by start.
        let cycles: [AppraisalCycle]
        /// The cycles whose End of Cycle both have signed (or the Board has since returned):
        /// assessed at their end, which an extension or a withdrawn change therefore leaves.
        let assessed: Set<UUID>

        var opened: [ScheduledCycle] { cycles.map(\.scheduled) }

        /// Whether the End of Cycle of `opened[index]` has been signed.
        func endOfCycleSigned(_ index: Int) -> Bool { cycles[index].id.map(assessed.contains) ?? false }
    }

    /// People per statement, well within both databases' bound values.
    static let batch = 500

    /// The standings of these people (as stored, by id), in three statements per batch.
    static func standings(of people: [UUID: StaffDetails], on db: any Database) async throws -> [UUID: Standing] {
        var standings: [UUID: Standing] = [:]
        let ids = people.keys.sorted()
        for start in stride(from: 0, to: ids.count, by: batch) {
            let chunk = Array(ids[start..<min(start + batch, ids.count)])
            let changes = Dictionary(grouping: try await ContractHistories.rows(of: chunk, on: db), by: \.staff_member_id)
            let cycles = try await AppraisalCycle.query(on: db).filter(\.$staffMember.$id ~~ chunk).sort(\.$startDate).all()
            let cycleIDs = cycles.compactMap(\.id)
            let assessed = cycleIDs.isEmpty ? [] : Set(try await AppraisalForm.query(on: db)
                .filter(\.$cycle.$id ~~ cycleIDs).filter(\.$kind == .end).all()
                .filter { $0.state.isSigned || $0.state == .returned }.map { $0.$cycle.id })
            let cyclesByPerson = Dictionary(grouping: cycles, by: { $0.$staffMember.id })
            for id in chunk {
                let details = people[id]!
                standings[id] = Standing(name: details.name, staffNumber: details.staffNumber,
                                         history: ContractHistories.history(of: details, changes: changes[id] ?? []),
                                         cycles: cyclesByPerson[id] ?? [], assessed: assessed)
            }
        }
        return standings
    }
}
