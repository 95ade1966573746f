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
        /// A job role id from the role select; empty for none.
        var role: String? = nil
        /// The record's version the form was made from; nil to save whatever is there now.
        var version: Int? = nil
    }

    /// The order of the staff form's fields, so errors list top to bottom.
    static let fieldOrder = ["name", "email", "staffNumber", "grade", "jobTitle", "role", "unit", "supervisor", "entryOnDuty",
                             "contractType", "contractEnd", "status"]

    /// A saved record, with what a moved contract end did to the running cycle, if anything.
    struct Saved: Sendable {
        let record: StaffRecord
        let cycleNote: String?

        /// What the flash says.
        var summary: String { ["\(record.name) updated.", cycleNote].compactMap { $0 }.joined(separator: " ") }
    }

    static func create(_ edit: Edit, in context: ServiceContext) async throws -> Result<StaffRecord, FieldErrors> {
        try await save(edit, existing: nil, in: context).map(\.record)
    }

    static func update(_ staff: StaffMember, with edit: Edit, in context: ServiceContext) async throws -> Result<Saved, FieldErrors> {
        try await save(edit, existing: staff, in: context)
    }

    private static func save(_ edit: Edit, existing: StaffMember?, in context: ServiceContext) async throws -> Result<Saved, FieldErrors> {
        let validated = edit.input.validate()
        var errors = validated.errors
        let unitID = FormChoice.optionalID(edit.unit, field: "unit", errors: &errors, message: "Select a unit from the list")
        let roleID = FormChoice.optionalID(edit.role, field: "role", errors: &errors, message: "Select a role from the list")
        let supervisor = try await StaffLookup.resolve(edit.supervisor, field: "supervisor", on: context.db, errors: &errors)
        guard errors.isEmpty, let details = validated.value else { return .failure(FieldErrors(errors.inFieldOrder(fieldOrder))) }
        // Uniqueness, the supervision tree and the version are checked where the write happens,
        // with no other writer in between: two edits that together would close a loop, or two
        // saves from the same form, cannot both pass.
        return try await context.exclusiveTransaction(lock: .organisationTree) { context in
            // Entry on duty and the contract type time the cycles: no opening or change of
            // contract type may run between the anchor check below and this write.
            try await context.alsoLock(.cycleOpening)
            let db = context.db
            let current = try await existing.asyncMap { try await StaffMember.find(try $0.requireID(), on: db) } ?? nil
            if existing != nil, current == nil { throw StrideError.notFound("The staff member") }
            if let current, let version = edit.version, version != current.recordVersion {
                return .failure(FieldErrors(stale: current.recordVersion))
            }
            var errors: [FieldError] = []
            let selfID = current?.id
            if let clash = try await StaffMember.query(on: db).filter(\.$staffNumber == details.staffNumber).first(), clash.id != selfID {
                errors.append(FieldError("staffNumber", "Staff ID \(details.staffNumber) already belongs to \(clash.name)"))
            }
            if let clash = try await StaffMember.query(on: db).filter(\.$email == details.email).first(), clash.id != selfID {
                errors.append(FieldError("email", "Email \(details.email) already belongs to \(clash.name)"))
            }
            var details = details
            if let current, let id = current.id, try await ContractHistories.anchored([id], on: db).contains(id) {
                let anchor = ScheduleAnchor(try await ContractHistories.history(of: id, current.details, on: db), today: context.clock.today())
                errors += anchor.problems(with: details)
                details = anchor.settled(details)
            }
            // A moved end cuts or extends a running cycle: no signature may open a form with its old dates meanwhile.
            var ending: ContractHistories.Standing?
            if let current, let id = current.id, current.contractEnd != details.contractEnd {
                try await context.alsoLock(.appraisalForms)
                let standing = try await ContractHistories.standings(of: [id: current.details], on: db)[id]!
                errors += ContractEndService.problems(ending: details.contractEnd, for: standing)
                ending = standing
            }
            if let unitID, try await OrganisationalUnit.find(unitID, on: db) == nil {
                errors.append(FieldError("unit", "Select a unit from the list"))
            }
            let role = try await roleID.asyncMap { try await RoleProfile.find($0, on: db) } ?? nil
            if roleID != nil, role == nil { errors.append(FieldError("role", "Select a role from the list")) }
            // Read again under the lock: the supervisor's place in the tree may have changed
            // since the form was checked, and the loop check must see where they stand now.
            let supervisorNow = try await supervisor.asyncMap { try await StaffMember.find(try $0.requireID(), on: db) } ?? nil
            if supervisor != nil, supervisorNow == nil {
                errors.append(FieldError("supervisor", "No staff member has the staff ID or email \(edit.supervisor ?? "")"))
            }
            if let supervisorNow {
                if let selfID, supervisorNow.id == selfID {
                    errors.append(FieldError("supervisor", "A person cannot supervise themselves"))
                } else if let selfID, Hierarchy.closesLoop(child: selfID, parent: supervisorNow.id, ancestorsOfParent: supervisorNow.treePath.ancestors) {
                    errors.append(FieldError("supervisor", "\(supervisorNow.name) reports to this person, directly or indirectly, so cannot be their supervisor"))
                } else {
                    let levelsBelow = try await current.asyncMap { try await SupervisionPaths.levelsBelow($0.treePath, on: db) } ?? 0
                    if supervisorNow.treePath.depth + 1 + levelsBelow >= TreePath.maxDepth {
                        errors.append(FieldError("supervisor", "Under \(supervisorNow.name), supervision would be more than \(TreePath.maxDepth) levels deep"))
                    }
                }
            }
            guard errors.isEmpty else { return .failure(FieldErrors(errors.inFieldOrder(fieldOrder))) }

            let staff = current ?? StaffMember()
            let before = current?.details
            var changes = before.map { ChangeSummary.staff($0, details) } ?? ChangeSummary()
            if let current {
                // Unit and supervisor decide who may see the record, so their changes are named too.
                let codes = try await StaffLookup.unitCodes([current.$unit.id, unitID], on: db)
                changes.compare("Unit", current.$unit.id.flatMap { codes[$0] }, unitID.flatMap { codes[$0] })
                let oldSupervisor = try await current.$supervisor.id.asyncMap { try await StaffMember.find($0, on: db) } ?? nil
                changes.compare("Supervisor", oldSupervisor?.staffNumber, supervisor?.staffNumber)
                let oldRole = try await current.$roleProfile.id.asyncMap { try await RoleProfile.find($0, on: db) } ?? nil
                changes.compare("Role", oldRole?.name, role?.name)
                staff.recordVersion = current.recordVersion + 1
            } else {
                staff.id = context.newID()
                staff.recordVersion = 1
            }
            staff.apply(details)
            staff.$unit.id = unitID
            staff.$roleProfile.id = roleID
            let oldPath = current?.treePath
            staff.place(under: supervisorNow)
            if let oldPath { try await SupervisionPaths.move(from: oldPath, to: staff.treePath, on: db) }
            let summary = before == nil ? "Created \(details.name) (\(details.staffNumber))"
                : "Updated \(details.name) (\(details.staffNumber)): \(changes.isEmpty ? "no changes" : changes.text)"
            try await staff.save(on: db)
            try await StaffSearchIndex.write([staff.searchEntry], on: db)
            try await context.audit(before == nil ? .create : .update, .staffMember, id: staff.id, summary)
            let note = try await ending.asyncMap {
                try await ContractEndService.apply(ending: details.contractEnd, to: $0, policies: try await CyclePolicyService.all(on: db),
                                                   in: context)
            } ?? nil
            return .success(Saved(record: try staff.record(), cycleNote: note))
        }
    }
}

extension Optional {
    /// `map` for an async transform.
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
