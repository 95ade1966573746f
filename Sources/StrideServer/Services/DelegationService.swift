import Fluent
import Foundation
import StrideCore

/// Granting and revoking delegations of appraisals, each with its audit event.
enum DelegationService {
    static func grant(_ input: DelegationInput, viewer: Viewer, in context: ServiceContext) async throws -> Result<AppraisalDelegation, FieldErrors> {
        let validated = input.validate()
        guard let request = validated.value else { return .failure(FieldErrors(validated.errors)) }
        return try await context.transaction { context in
            // Found as the staff form finds a supervisor: by staff ID or email, through their indexes.
            func person(_ reference: String) async throws -> StaffMember? {
                try await StaffLookup.find(reference: reference, on: context.db).flatMap { $0.status == .active ? $0 : nil }
            }
            var errors: [FieldError] = []
            let staff = try await person(request.staffNumber), delegate = try await person(request.delegateNumber)
            if staff == nil { errors.append(FieldError("staffNumber", "No active staff member has the staff ID or email \(request.staffNumber)")) }
            if delegate == nil { errors.append(FieldError("delegateNumber", "No active staff member has the staff ID or email \(request.delegateNumber)")) }
            guard let staff, let delegate else { return .failure(FieldErrors(errors)) }
            switch DelegationPolicy.decide(viewer, .manage, .init(staffUnitID: staff.$unit.id, delegateUnitID: delegate.$unit.id,
                                                                  staffID: try staff.requireID())) {
            case .allowed: break
            case .refused(let reason):
                return .failure(FieldErrors([FieldError(staff.id == viewer.staffID ? "staffNumber" : "delegateNumber", reason)]))
            case .forbidden, .hidden:
                return .failure(FieldErrors([FieldError("staffNumber", "\(staff.name) is not in a unit you head")]))
            }
            let delegation = AppraisalDelegation()
            delegation.id = context.newID()
            delegation.createdAt = context.now
            delegation.grantedBy = viewer.staffID
            delegation.startsOn = request.startsOn
            delegation.endsOn = request.endsOn
            delegation.$staffMember.id = try staff.requireID()
            delegation.delegateID = try delegate.requireID()
            try await delegation.create(on: context.db)
            try await context.audit(.create, .delegation, id: delegation.id,
                                    "Delegated the appraisal of \(staff.name) (\(staff.staffNumber)) to \(delegate.name) (\(delegate.staffNumber)) "
                                        + "from \(request.startsOn.iso)" + (request.endsOn.map { " until \($0.iso)" } ?? ""))
            return .success(delegation)
        }
    }

    static func revoke(_ id: UUID, viewer: Viewer, in context: ServiceContext) async throws {
        try await context.transaction { context in
            guard let delegation = try await AppraisalDelegation.query(on: context.db).filter(\.$id == id).with(\.$staffMember).first() else {
                throw StrideError.notFound("The delegation")
            }
            try DelegationPolicy.decide(viewer, .manage, .init(staffUnitID: delegation.staffMember.$unit.id)).enforce()
            guard delegation.revokedAt == nil else { throw StrideError.conflict("This delegation has already been revoked.") }
            delegation.revokedAt = context.now
            delegation.revokedBy = viewer.staffID
            try await delegation.save(on: context.db)
            try await context.audit(.revoke, .delegation, id: delegation.id,
                                    "Revoked the delegation of \(delegation.staffMember.name)'s appraisal")
        }
    }
}
