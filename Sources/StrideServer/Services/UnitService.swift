import Fluent
import StrideCore
import Vapor

/// Creating and changing units, keeping codes unique and the unit tree free of loops; each
/// write in one transaction with its audit event.
enum UnitService {
    /// A unit as the form gives it: its facts as typed, its parent and chief as references.
    struct Edit: Sendable {
        var input: UnitInput
        /// A unit id from the parent select; empty for a top-level unit.
        var parent: String?
        /// The responsible chief's staff ID or email; empty for none.
        var chief: String?
        /// The record's version the form was made from; nil to save whatever is there now.
        var version: Int? = nil
    }

    static func create(_ edit: Edit, in context: ServiceContext) async throws -> Result<UnitRecord, FieldErrors> {
        try await save(edit, existing: nil, in: context)
    }

    static func update(_ unit: OrganisationalUnit, with edit: Edit, in context: ServiceContext) async throws -> Result<UnitRecord, FieldErrors> {
        try await save(edit, existing: unit, in: context)
    }

    private static func save(_ edit: Edit, existing: OrganisationalUnit?, in context: ServiceContext) async throws -> Result<UnitRecord, FieldErrors> {
        let db = context.db
        let validated = edit.input.validate()
        var errors = validated.errors
        let parentID = FormChoice.optionalID(edit.parent, field: "parent", errors: &errors, message: "Select a parent unit from the list")
        let chief = try await StaffLookup.resolve(edit.chief, field: "chief", on: db, errors: &errors)
        guard errors.isEmpty, let details = validated.value else { return .failure(FieldErrors(errors)) }
        // The code's uniqueness, the unit tree and the version are checked where the write happens.
        return try await context.exclusiveTransaction(lock: .organisationTree) { context in
            let db = context.db
            let current = try await existing.asyncMap { try await OrganisationalUnit.find(try $0.requireID(), on: db) } ?? nil
            if existing != nil, current == nil { throw StrideError.notFound("The unit") }
            if let current, let version = edit.version, version != current.recordVersion {
                return .failure(FieldErrors(stale: current.recordVersion))
            }
            var errors: [FieldError] = []

            if let clash = try await OrganisationalUnit.query(on: db).filter(\.$code == details.code).first(), clash.id != current?.id {
                errors.append(FieldError("code", "Code \(details.code) is already used by \(clash.name)"))
            }
            if let parentID {
                if try await OrganisationalUnit.find(parentID, on: db) == nil {
                    errors.append(FieldError("parent", "Select a parent unit from the list"))
                } else if let selfID = current?.id {
                    let above = try await OrganisationQueries.unitAncestors(of: parentID, on: db)
                    if Hierarchy.closesLoop(child: selfID, parent: parentID, ancestorsOfParent: above) {
                        errors.append(FieldError("parent", "A unit cannot sit inside itself or one of its own sub-units"))
                    }
                }
            }
            guard errors.isEmpty else { return .failure(FieldErrors(errors)) }

            let unit = current ?? OrganisationalUnit()
            var changes = ChangeSummary()
            if let current {
                changes.compare("Name", current.name, details.name)
                changes.compare("Code", current.code, details.code)
                let codes = try await StaffLookup.unitCodes([current.$parent.id, parentID], on: db)
                changes.compare("Part of", current.$parent.id.flatMap { codes[$0] }, parentID.flatMap { codes[$0] })
                let oldChief = try await current.chiefID.asyncMap { try await StaffMember.find($0, on: db) } ?? nil
                changes.compare("Responsible chief", oldChief?.staffNumber, chief?.staffNumber)
                unit.recordVersion = current.recordVersion + 1
            } else {
                unit.id = context.newID()
                unit.recordVersion = 1
            }
            unit.name = details.name
            unit.code = details.code
            unit.$parent.id = parentID
            unit.chiefID = chief?.id
            let isNew = current == nil
            let summary = isNew ? "Created unit \(details.name) (\(details.code))"
                : "Updated unit \(details.name) (\(details.code)): \(changes.isEmpty ? "no changes" : changes.text)"
            try await unit.save(on: db)
            try await context.audit(isNew ? .create : .update, .organisationalUnit, id: unit.id, summary)
            return .success(try unit.record())
        }
    }
}
