import Fluent
import Foundation
import StrideCore

/// An appraisal form with what every decision about it needs: its cycle, the person appraised
/// (where they sit and who supervises them) and the appraiser.
struct LoadedAppraisalForm: Sendable {
    let form: AppraisalForm
    let cycle: AppraisalCycle
    let staff: StaffRows.Listed
    /// Who appraises today: the delegate of a running delegation, else the cycle's appraiser.
    let appraiserID: UUID?
    /// The appraiser, for names on the page; nil when there is none (the supervisor left).
    let appraiser: StaffRows.Person?

    var formID: UUID { form.id! }

    /// The form as the core `AppraisalPolicy` sees it.
    var subject: AppraisalSubject {
        AppraisalSubject(staff: StaffSubject(staffID: staff.record.id, unitID: staff.record.unitID, supervisorChain: staff.path.ancestors),
                         appraiserID: appraiserID, kind: form.kind, state: form.state)
    }
}

extension LoadedAppraisalForm {
    /// The part of this End of Cycle `viewer` writes now, or the refusal as Stride answers it.
    func endOfCyclePart(for viewer: Viewer) throws -> EndOfCyclePart {
        switch EndOfCyclePart.writable(by: AppraisalPolicy.parties(of: viewer, to: subject), in: form.state) {
        case .success(let part): return part
        case .failure(let refusal): throw refusal.isForbidden ? StrideError.forbidden : StrideError.conflict(refusal.message)
        }
    }
}

enum AppraisalFormLookup {
    /// The form and its cycle, the person appraised, any running delegation, and the appraiser.
    static func load(_ id: UUID, on db: any Database, today: CalendarDate) async throws -> LoadedAppraisalForm? {
        guard let form = try await AppraisalForm.query(on: db).filter(\.$id == id).with(\.$cycle).first() else { return nil }
        let cycle = form.cycle
        guard let staff = try await StaffRows.personAndSupervisor(cycle.$staffMember.id, on: db)?.person else { return nil }
        let appraiserID = try await DelegationQuery.activeDelegate(of: staff.record.id, on: today, db: db) ?? cycle.appraiserID
        let appraiser = try await StaffRows.withIDs(appraiserID.map { [$0] } ?? [], on: db).first
        return LoadedAppraisalForm(form: form, cycle: cycle, staff: staff, appraiserID: appraiserID, appraiser: appraiser)
    }
}

extension AppraisalFormLookup {
    /// A step of a form's history with who took it.
    struct HistoryEntry: Sendable {
        let event: AppraisalFormEvent
        let actorName: String?
    }

    /// The form's history, oldest first, with the names of those who acted (one query each).
    static func history(of formID: UUID, on db: any Database) async throws -> [HistoryEntry] {
        let events = try await AppraisalFormEvent.query(on: db).filter(\.$form.$id == formID)
            .sort(\.$occurredAt).sort(\.$recordVersion).all()
        let names = Dictionary(try await StaffRows.withIDs(Array(Set(events.compactMap(\.actorID))), on: db).map { ($0.id, $0.name) },
                               uniquingKeysWith: { a, _ in a })
        return events.map { HistoryEntry(event: $0, actorName: $0.actorID.flatMap { names[$0] }) }
    }

    /// The names of people by id, for signatures.
    static func names(_ ids: [UUID], on db: any Database) async throws -> [UUID: String] {
        Dictionary(try await StaffRows.withIDs(ids, on: db).map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    }
}
