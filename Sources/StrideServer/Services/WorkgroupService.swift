import Fluent
import StrideCore
import Vapor

/// Forming and changing workgroups and their membership. The lead is always a member with
/// the Lead role, a replaced lead stays on as a member, and the lead cannot be removed; each
/// write in one transaction with its audit event.
enum WorkgroupService {
    /// A workgroup as the form gives it: its facts as typed, its lead as a reference.
    struct Edit: Sendable {
        var input: WorkgroupInput
        /// The lead's staff ID or email.
        var lead: String?
        /// The record's version the form was made from; nil to save whatever is there now.
        var version: Int? = nil
    }

    /// A new member as the form gives them.
    struct NewMember: Sendable {
        /// The person's staff ID or email.
        var member: String?
        var role: String?
    }

    static let fieldOrder = ["name", "kind", "purpose", "lead", "endDate"]

    static func form(_ edit: Edit, in context: ServiceContext) async throws -> Result<WorkgroupRecord, FieldErrors> {
        try await save(edit, existing: nil, in: context)
    }

    static func update(_ group: Workgroup, with edit: Edit, in context: ServiceContext) async throws -> Result<WorkgroupRecord, FieldErrors> {
        try await save(edit, existing: group, in: context)
    }

    private static func save(_ edit: Edit, existing: Workgroup?, in context: ServiceContext) async throws -> Result<WorkgroupRecord, FieldErrors> {
        let db = context.db
        let validated = edit.input.validate()
        var errors = validated.errors
        if (edit.lead ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            errors.append(FieldError("lead", "Enter the staff ID or email of the workgroup's lead"))
        }
        let lead = try await StaffLookup.resolve(edit.lead, field: "lead", on: db, errors: &errors)
        if let name = validated.value?.name,
           let clash = try await Workgroup.query(on: db).filter(\.$name == name).first(), clash.id != existing?.id {
            errors.append(FieldError("name", "A workgroup called \(name) already exists"))
        }
        guard errors.isEmpty, let details = validated.value, let lead, let leadID = lead.id else {
            return .failure(FieldErrors(errors.inFieldOrder(fieldOrder)))
        }
        // The name's uniqueness and the version are checked where the write happens.
        return try await context.exclusiveTransaction(lock: .organisationTree) { context in
            let db = context.db
            let current = try await existing.asyncMap { try await Workgroup.find(try $0.requireID(), on: db) } ?? nil
            if existing != nil, current == nil { throw StrideError.notFound("The workgroup") }
            if let current, let version = edit.version, version != current.recordVersion {
                return .failure(FieldErrors(stale: current.recordVersion))
            }
            if let clash = try await Workgroup.query(on: db).filter(\.$name == details.name).first(), clash.id != current?.id {
                return .failure(FieldErrors([FieldError("name", "A workgroup called \(details.name) already exists")]))
            }
            let group = current ?? Workgroup()
            group.recordVersion = (current?.recordVersion ?? 0) + 1
            if current == nil { group.id = context.newID() }
            let previousLeadID = current?.$lead.id
            group.apply(details)
            group.$lead.id = leadID
            let isNew = current == nil
            let summary = "\(isNew ? "Formed" : "Updated") workgroup \(details.name), led by \(lead.name)"
            try await group.save(on: db)
            let groupID = try group.requireID()
            // A lead who is replaced stays in the workgroup as a member.
            if let previous = previousLeadID, previous != leadID,
               let membership = try await membership(of: previous, in: groupID, on: db) {
                membership.role = WorkgroupRole.member
                try await membership.save(on: db)
            }
            if let membership = try await membership(of: leadID, in: groupID, on: db) {
                membership.role = WorkgroupRole.lead
                try await membership.save(on: db)
            } else {
                let membership = WorkgroupMembership(workgroupID: groupID, staffMemberID: leadID, role: WorkgroupRole.lead)
                membership.id = context.newID()
                try await membership.create(on: db)
            }
            try await context.audit(isNew ? .create : .update, .workgroup, id: groupID, summary)
            return .success(try group.record())
        }
    }

    /// Adds a person to a workgroup; the person's name on success.
    static func addMember(_ new: NewMember, to group: Workgroup, in context: ServiceContext) async throws -> Result<String, FieldErrors> {
        let db = context.db
        let groupID = try group.requireID()
        var errors: [FieldError] = []
        if (new.member ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            errors.append(FieldError("member", "Enter the staff ID or email of the person to add"))
        }
        let staff = try await StaffLookup.resolve(new.member, field: "member", on: db, errors: &errors)
        let role = WorkgroupRole.validate(new.role)
        errors += role.errors
        if let staff, try await membership(of: try staff.requireID(), in: groupID, on: db) != nil {
            errors.append(FieldError("member", "\(staff.name) is already a member of this workgroup"))
        }
        guard errors.isEmpty, let staff, let role = role.value else { return .failure(FieldErrors(errors)) }
        let staffID = try staff.requireID()
        try await context.transaction { context in
            let membership = WorkgroupMembership(workgroupID: groupID, staffMemberID: staffID, role: role)
            membership.id = context.newID()
            try await membership.create(on: context.db)
            try await context.audit(.addMember, .workgroup, id: groupID, "\(staff.name) joined \(group.name) as \(role)")
        }
        return .success(staff.name)
    }

    /// Removes a member (never the lead); the person's name.
    static func removeMember(_ staffID: UUID, from group: Workgroup, in context: ServiceContext) async throws -> String {
        let groupID = try group.requireID()
        guard staffID != group.$lead.id else {
            throw StrideError.conflict("The lead cannot be removed; choose another lead first.")
        }
        guard let membership = try await membership(of: staffID, in: groupID, on: context.db) else {
            throw StrideError.notFound("The membership")
        }
        let name = try await membership.$staffMember.get(on: context.db).name
        try await context.transaction { context in
            try await membership.delete(on: context.db)
            try await context.audit(.removeMember, .workgroup, id: groupID, "\(name) left \(group.name)")
        }
        return name
    }

    private static func membership(of staffID: UUID, in groupID: UUID, on db: any Database) async throws -> WorkgroupMembership? {
        try await WorkgroupMembership.query(on: db).filter(\.$workgroup.$id == groupID).filter(\.$staffMember.$id == staffID).first()
    }
}
