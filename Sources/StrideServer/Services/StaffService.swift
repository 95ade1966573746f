import Fluent
import StrideCore
import Vapor

/// Creating and changing staff records, with the checks that span records (unique staff IDs
/// and emails, units that exist, supervision without loops), each write in one transaction
/// with its audit event. The staff form and `create-admin` both come through here.
enum StaffService {
    /// A staff record as a form or command gives it: the person's facts as typed, and their
    /// unit and supervisor as references still to be checked.
    struct Edit: Sendable {
        var input: StaffInput
        /// A unit id from the unit select; empty for none.
        var unit: String?
        /// The supervisor's staff ID or email; empty for none.
        var supervisor: String?
    }

    /// The order of the staff form's fields, so errors list top to bottom.
    static let fieldOrder = ["name", "email", "staffNumber", "grade", "jobTitle", "unit", "supervisor", "entryOnDuty",
                             "contractType", "status"]

    static func create(_ edit: Edit, in context: ServiceContext) async throws -> Result<StaffRecord, FieldErrors> {
        try await save(edit, existing: nil, in: context)
    }

    static func update(_ staff: StaffMember, with edit: Edit, in context: ServiceContext) async throws -> Result<StaffRecord, FieldErrors> {
        try await save(edit, existing: staff, in: context)
    }

    private static func save(_ edit: Edit, existing: StaffMember?, in context: ServiceContext) async throws -> Result<StaffRecord, FieldErrors> {
        let db = context.db
        let validated = edit.input.validate()
        var errors = validated.errors
        let unitID = FormChoice.optionalID(edit.unit, field: "unit", errors: &errors, message: "Select a unit from the list")
        let supervisor = try await StaffLookup.resolve(edit.supervisor, field: "supervisor", on: db, errors: &errors)
        guard errors.isEmpty, let details = validated.value else { return .failure(FieldErrors(errors.inFieldOrder(fieldOrder))) }

        let selfID = existing?.id
        if let clash = try await StaffMember.query(on: db).filter(\.$staffNumber == details.staffNumber).first(), clash.id != selfID {
            errors.append(FieldError("staffNumber", "Staff ID \(details.staffNumber) already belongs to \(clash.name)"))
        }
        if let clash = try await StaffMember.query(on: db).filter(\.$email == details.email).first(), clash.id != selfID {
            errors.append(FieldError("email", "Email \(details.email) already belongs to \(clash.name)"))
        }
        if let unitID, try await OrganisationalUnit.find(unitID, on: db) == nil {
            errors.append(FieldError("unit", "Select a unit from the list"))
        }
        if let supervisor, let selfID, let supervisorID = supervisor.id {
            if supervisorID == selfID {
                errors.append(FieldError("supervisor", "A person cannot supervise themselves"))
            } else if Hierarchy.closesLoop(child: selfID, parent: supervisorID,
                                           ancestorsOfParent: try await OrganisationQueries.supervisorChain(of: supervisorID, on: db)) {
                errors.append(FieldError("supervisor", "\(supervisor.name) reports to this person, directly or indirectly, so cannot be their supervisor"))
            }
        }
        guard errors.isEmpty else { return .failure(FieldErrors(errors.inFieldOrder(fieldOrder))) }

        let staff = existing ?? StaffMember()
        let before = existing?.details
        var changes = before.map { ChangeSummary.staff($0, details) } ?? ChangeSummary()
        if let existing {
            // Unit and supervisor decide who may see the record, so their changes are named too.
            let codes = try await StaffLookup.unitCodes([existing.$unit.id, unitID], on: db)
            changes.compare("Unit", existing.$unit.id.flatMap { codes[$0] }, unitID.flatMap { codes[$0] })
            let oldSupervisor = try await existing.$supervisor.id.asyncMap { try await StaffMember.find($0, on: db) } ?? nil
            changes.compare("Supervisor", oldSupervisor?.staffNumber, supervisor?.staffNumber)
        } else {
            staff.id = context.newID()
        }
        staff.apply(details)
        staff.$unit.id = unitID
        staff.$supervisor.id = supervisor?.id
        let summary = before == nil ? "Created \(details.name) (\(details.staffNumber))"
            : "Updated \(details.name) (\(details.staffNumber)): \(changes.isEmpty ? "no changes" : changes.text)"
        let saving = staff
        try await context.transaction { context in
            try await saving.save(on: context.db)
            try await context.audit(before == nil ? .create : .update, .staffMember, id: saving.id, summary)
        }
        return .success(try staff.record())
    }
}

extension Optional {
    /// `map` for an async transform.
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
