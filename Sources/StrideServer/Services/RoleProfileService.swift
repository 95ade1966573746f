import Fluent
import Foundation
import StrideCore

/// Creating and changing job roles, each write in one transaction with its audit event: the
/// role, its requirements in order, a name no other role has.
enum RoleProfileService {
    /// Saves a role: a new one when `existing` is nil, else a change of it (if the form was made
    /// from the version stored).
    static func save(_ input: RoleProfileInput, existing: RoleProfile?, version: Int?,
                     in context: ServiceContext) async throws -> Result<RoleProfile, FieldErrors> {
        let ids = input.requirements.compactMap { $0.skill.flatMap { UUID(uuidString: $0.trimmingCharacters(in: .whitespaces)) } }
        let validated = input.validate(skills: try await SkillRefs.byID(ids, on: context.db))
        guard let details = validated.value else { return .failure(FieldErrors(validated.errors)) }
        return try await context.exclusiveTransaction(lock: nil) { context in
            let db = context.db
            let role: RoleProfile
            if let existing {
                guard let current = try await RoleProfile.find(try existing.requireID(), on: db) else { throw StrideError.notFound("The role") }
                if let version, version != current.recordVersion { return .failure(FieldErrors(stale: current.recordVersion)) }
                role = current
                role.recordVersion += 1
            } else {
                role = RoleProfile()
                role.id = context.newID()
                role.recordVersion = 1
            }
            let key = RoleProfile.key(details.name)
            if let clash = try await RoleProfile.query(on: db).filter(\.$nameKey == key).first(), clash.id != role.id {
                return .failure(FieldErrors([FieldError("name", "A role named \(clash.name) already exists")]))
            }
            let before = try await existing.asyncMap { try await SkillRequirementTable.roles.read($0.requireID(), on: db) } ?? []
            role.name = details.name
            role.nameKey = key
            role.description = details.description
            try await role.save(on: db)
            let roleID = try role.requireID()
            try await SkillRequirementTable.roles.replace(of: roleID, with: details.requirements, in: context)
            let after = details.requirements.map(SkillRequirementTable.line)
            let summary = existing == nil
                ? "Created role \(details.name): \(after.joined(separator: "; "))"
                : "Updated role \(details.name)" + (before.map(SkillRequirementTable.line) == after ? "" : ": requirements now \(after.joined(separator: "; "))")
            try await context.audit(existing == nil ? .create : .update, .roleProfile, id: roleID, summary)
            return .success(role)
        }
    }
}
