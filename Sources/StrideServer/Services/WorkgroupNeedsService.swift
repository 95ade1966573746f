import Fluent
import Foundation
import StrideCore

/// The skills a workgroup's work needs, as its lead (or HR) lists them: the list its skills
/// matrix measures the members against. Saved in one transaction with its audit event.
enum WorkgroupNeedsService {
    static let maxNeeds = 40

    static func save(_ rows: [SkillRequirementInput], for group: Workgroup,
                     in context: ServiceContext) async throws -> Result<[SkillRequirement], FieldErrors> {
        let ids = rows.compactMap { $0.skill.flatMap { UUID(uuidString: $0.trimmingCharacters(in: .whitespaces)) } }
        let skills = try await SkillRefs.byID(ids, on: context.db)
        var check = FieldChecker()
        let needs = SkillRequirementInput.validate(rows, into: &check, skills: skills, maxCount: Self.maxNeeds,
                                                   noun: "workgroup", asksImportance: true, allowsNone: true)
        guard check.errors.isEmpty else { return .failure(FieldErrors(check.errors)) }
        let groupID = try group.requireID()
        return try await context.transaction { context in
            let before = try await SkillRequirementTable.workgroupNeeds.read(groupID, on: context.db)
            try await SkillRequirementTable.workgroupNeeds.replace(of: groupID, with: needs, in: context)
            if before != needs {
                try await context.audit(.update, .workgroup, id: groupID, needs.isEmpty ? "\(group.name) no longer lists the skills it needs"
                                        : "Skills \(group.name) needs: " + needs.map(SkillRequirementTable.line).joined(separator: "; "))
            }
            return .success(needs)
        }
    }
}
