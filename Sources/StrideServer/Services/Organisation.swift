import Fluent
import StrideCore
import Vapor

/// Changes to the organisation's structure, with the checks that span several records:
/// references that must exist, trees that must stay trees, unique codes and emails.
/// Each returns field errors for the form instead of throwing, since bad input is not a bug.
enum Organisation {
    /// Finds an active or separated staff member by staff ID or email, as typed in a form.
    static func findStaff(reference raw: String, on db: any Database) async throws -> StaffMember? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        if text.contains("@") {
            return try await StaffMember.query(on: db).filter(\.$email == text.lowercased()).first()
        }
        return try await StaffMember.query(on: db).filter(\.$staffNumber == text).first()
    }

    /// Resolves an optional staff reference field, adding an error when it names nobody.
    static func resolveStaff(
        _ raw: String?, field: String, on db: any Database, errors: inout [FieldError]
    ) async throws -> StaffMember? {
        let text = (raw ?? "").trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        guard let staff = try await findStaff(reference: text, on: db) else {
            errors.append(FieldError(field, "No staff member has the staff ID or email \(text)"))
            return nil
        }
        return staff
    }

    /// Creates or updates a staff member. `existing` nil means create.
    static func saveStaff(
        _ details: StaffDetails, unitID: UUID?, supervisor: StaffMember?, existing: StaffMember?,
        by actor: UUID, app: Application, on db: any Database
    ) async throws -> Result<StaffMember, FieldErrors> {
        var errors: [FieldError] = []
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
        guard errors.isEmpty else { return .failure(FieldErrors(errors)) }
        let staff = existing ?? StaffMember()
        let before = existing?.details
        var changes = before.map { ChangeSummary.staff($0, details) } ?? ChangeSummary()
        if let existing {
            // Unit and supervisor decide who may see the record, so their changes are named too.
            let codes = try await unitCodes([existing.$unit.id, unitID], on: db)
            changes.compare("Unit", existing.$unit.id.flatMap { codes[$0] }, unitID.flatMap { codes[$0] })
            let oldSupervisor = try await existing.$supervisor.id.asyncMap { try await StaffMember.find($0, on: db) } ?? nil
            changes.compare("Supervisor", oldSupervisor?.staffNumber, supervisor?.staffNumber)
        }
        staff.apply(details)
        staff.$unit.id = unitID
        staff.$supervisor.id = supervisor?.id
        let now = app.clock.now()
        let summary = before == nil ? "Created \(details.name) (\(details.staffNumber))"
            : "Updated \(details.name) (\(details.staffNumber)): \(changes.isEmpty ? "no changes" : changes.text)"
        try await db.transaction { db in
            try await staff.save(on: db)
            try await db.audit(before == nil ? "create" : "update", "staff_member", id: staff.id, by: actor, at: now, summary)
        }
        return .success(staff)
    }

    /// Creates or updates a unit, keeping the unit tree free of loops.
    static func saveUnit(
        _ details: UnitDetails, parentID: UUID?, chief: StaffMember?, existing: OrganisationalUnit?,
        by actor: UUID, app: Application, on db: any Database
    ) async throws -> Result<OrganisationalUnit, FieldErrors> {
        var errors: [FieldError] = []
        if let clash = try await OrganisationalUnit.query(on: db).filter(\.$code == details.code).first(), clash.id != existing?.id {
            errors.append(FieldError("code", "Code \(details.code) is already used by \(clash.name)"))
        }
        if let parentID {
            if try await OrganisationalUnit.find(parentID, on: db) == nil {
                errors.append(FieldError("parent", "Select a parent unit from the list"))
            } else if let selfID = existing?.id {
                let above = try await OrganisationQueries.unitAncestors(of: parentID, on: db)
                if Hierarchy.closesLoop(child: selfID, parent: parentID, ancestorsOfParent: above) {
                    errors.append(FieldError("parent", "A unit cannot sit inside itself or one of its own sub-units"))
                }
            }
        }
        guard errors.isEmpty else { return .failure(FieldErrors(errors)) }
        let unit = existing ?? OrganisationalUnit()
        let isNew = existing == nil
        var changes = ChangeSummary()
        if let existing {
            changes.compare("Name", existing.name, details.name)
            changes.compare("Code", existing.code, details.code)
            let codes = try await unitCodes([existing.$parent.id, parentID], on: db)
            changes.compare("Part of", existing.$parent.id.flatMap { codes[$0] }, parentID.flatMap { codes[$0] })
            let oldChief = try await existing.chiefID.asyncMap { try await StaffMember.find($0, on: db) } ?? nil
            changes.compare("Responsible chief", oldChief?.staffNumber, chief?.staffNumber)
        }
        unit.name = details.name
        unit.code = details.code
        unit.$parent.id = parentID
        unit.chiefID = chief?.id
        let now = app.clock.now()
        let summary = isNew ? "Created unit \(details.name) (\(details.code))"
            : "Updated unit \(details.name) (\(details.code)): \(changes.isEmpty ? "no changes" : changes.text)"
        try await db.transaction { db in
            try await unit.save(on: db)
            try await db.audit(isNew ? "create" : "update", "organisational_unit", id: unit.id, by: actor, at: now, summary)
        }
        return .success(unit)
    }
}

extension Organisation {
    /// Codes of the given units, in one query.
    static func unitCodes(_ ids: [UUID?], on db: any Database) async throws -> [UUID: String] {
        let wanted = ids.compactMap { $0 }
        guard !wanted.isEmpty else { return [:] }
        let units = try await OrganisationalUnit.query(on: db).filter(\.$id ~~ wanted).all()
        return Dictionary(units.map { ($0.id!, $0.code) }, uniquingKeysWith: { a, _ in a })
    }
}

/// Field errors as an `Error`, so they can travel in a `Result`.
struct FieldErrors: Error {
    let errors: [FieldError]
    init(_ errors: [FieldError]) { self.errors = errors }
}
