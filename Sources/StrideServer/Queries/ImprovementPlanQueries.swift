import Fluent
import Foundation
import StrideCore

/// Improvement plans as their pages, the Board's queue and the API read them.
enum ImprovementPlanQueries {
    /// A plan with its person, as its access policy needs it.
    struct Loaded: Sendable {
        let plan: ImprovementPlanRecord
        let staff: StaffRows.Listed
        var subject: ImprovementPlanSubject {
            ImprovementPlanSubject(staff: StaffSubject(staffID: staff.record.id, unitID: staff.record.unitID, supervisorChain: staff.path.ancestors),
                                   stage: plan.stage)
        }
    }

    static func load(_ id: UUID, on db: any Database) async throws -> Loaded? {
        guard let plan = try await ImprovementPlanRecord.find(id, on: db),
              let staff = try await StaffRows.personAndSupervisor(plan.$staffMember.id, on: db)?.person else { return nil }
        return Loaded(plan: plan, staff: staff)
    }

    /// A person's plans, the latest first.
    static func plans(of staffID: UUID, on db: any Database) async throws -> [ImprovementPlanRecord] {
        try await ImprovementPlanRecord.query(on: db).filter(\.$staffMember.$id == staffID).sort(\.$startsOn, .descending).all()
    }

    /// Reviewed plans waiting for the Reports Board, the earliest reviewed first, with names.
    static func awaitingBoard(on db: any Database) async throws -> [(plan: ImprovementPlanRecord, staffName: String)] {
        let plans = try await ImprovementPlanRecord.query(on: db).filter(\.$stage == .reviewed).sort(\.$reviewDueOn).all()
        let names = try await AppraisalFormLookup.names(plans.map(\.$staffMember.id), on: db)
        return plans.map { ($0, names[$0.$staffMember.id] ?? "A former staff member") }
    }

    /// A plan's check-ins in the order written, with their authors' names.
    static func checkIns(of planID: UUID, on db: any Database) async throws -> [(checkIn: ImprovementPlanCheckIn, author: String?)] {
        let notes = try await ImprovementPlanCheckIn.query(on: db).filter(\.$plan.$id == planID).sort(\.$writtenAt).all()
        let names = try await AppraisalFormLookup.names(Array(Set(notes.compactMap(\.authorID))), on: db)
        return notes.map { ($0, $0.authorID.flatMap { names[$0] }) }
    }
}
