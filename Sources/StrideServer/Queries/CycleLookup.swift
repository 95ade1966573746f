import Fluent
import Foundation
import StrideCore

/// A cycle with the person appraised, as its timeline and check-in notes need it.
struct LoadedCycle: Sendable {
    let cycle: AppraisalCycle
    let staff: StaffRows.Listed
    /// Who appraises today: the delegate of a running delegation, else the cycle's appraiser.
    let appraiserID: UUID?

    var subject: CycleSubject {
        CycleSubject(staff: StaffSubject(staffID: staff.record.id, unitID: staff.record.unitID, supervisorChain: staff.path.ancestors),
                     appraiserID: appraiserID)
    }
}

enum CycleLookup {
    static func load(_ id: UUID, on db: any Database, today: CalendarDate) async throws -> LoadedCycle? {
        guard let cycle = try await AppraisalCycle.find(id, on: db),
              let staff = try await StaffRows.personAndSupervisor(cycle.$staffMember.id, on: db)?.person else { return nil }
        let appraiserID = try await DelegationQuery.activeDelegate(of: staff.record.id, on: today, db: db) ?? cycle.appraiserID
        return LoadedCycle(cycle: cycle, staff: staff, appraiserID: appraiserID)
    }

    /// A check-in note with its author's name.
    struct Note: Sendable {
        let checkIn: CycleCheckIn
        let authorName: String?
    }

    /// The cycle's notes, newest first, with their authors' names in one more query.
    static func notes(of cycleID: UUID, on db: any Database) async throws -> [Note] {
        let notes = try await CycleCheckIn.query(on: db).filter(\.$cycle.$id == cycleID).sort(\.$writtenAt, .descending).all()
        let names = try await AppraisalFormLookup.names(Array(Set(notes.compactMap(\.authorID))), on: db)
        return notes.map { Note(checkIn: $0, authorName: $0.authorID.flatMap { names[$0] }) }
    }
}

extension QueryBuilder where Model == AppraisalCycle {
    /// The cycles running on `day`: a cycle covers `[start, end)`.
    func running(on day: CalendarDate) -> Self {
        filter(\.$startDate <= day).filter(\.$endDate > day)
    }
}
