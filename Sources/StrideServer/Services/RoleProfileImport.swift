import Fluent
import Foundation
import StrideCore

/// Job roles to and from CSV (`RoleProfileCSV`): the import checks every row and every role
/// first and writes nothing if any has a problem; then each role is created, or changed when
/// one of its name exists, through `RoleProfileService`, all in one transaction.
enum RoleProfileImport {
    enum Outcome: Sendable {
        case rejected([String])
        case imported(created: Int, updated: Int)
    }

    /// Each stored skill by how a row may name it: framework, version, and code or name.
    private static func skillNames(on db: any Database) async throws -> (byName: [RoleProfileCSV.SkillName: UUID], rows: [UUID: (String, String, String?)]) {
        let frameworks = Dictionary(try await FrameworkRecord.query(on: db).all().map { ($0.id!, ($0.name, $0.version)) },
                                    uniquingKeysWith: { a, _ in a })
        var byName: [RoleProfileCSV.SkillName: UUID] = [:]
        var rows: [UUID: (String, String, String?)] = [:]
        for listed in try await SkillRefs.all(on: db) {
            guard let (framework, version) = frameworks[listed.frameworkID] else { continue }
            for named in [listed.code, listed.ref.name].compactMap({ $0 }) {
                byName[RoleProfileCSV.SkillName(framework: framework, version: version, skill: named)] = listed.ref.id
            }
            rows[listed.ref.id] = (framework, version, listed.code)
        }
        return (byName, rows)
    }

    static func run(csv: String, in context: ServiceContext) async throws -> Outcome {
        let names = try await skillNames(on: context.db)
        let roles: [RoleProfileCSV.Role]
        switch RoleProfileCSV.read(csv, skill: { names.byName[$0] }) {
        case .rejected(let problems): return .rejected(problems.map(\.description))
        case .roles(let read): roles = read
        }
        let skills = try await SkillRefs.byID(Array(Set(names.byName.values)), on: context.db)
        let problems = roles.flatMap { role in RoleProfileCSV.problems(role.input.validate(skills: skills).errors, of: role) }
        guard problems.isEmpty else { return .rejected(problems.sorted { $0.line < $1.line }.map(\.description)) }
        return try await context.transaction { context in
            var created = 0, updated = 0
            for role in roles {
                let key = RoleProfileDetails.key(role.input.name ?? "")
                let existing = try await RoleProfile.query(on: context.db).filter(\.$nameKey == key).first()
                var input = role.input
                if !role.describes { input.description = existing?.description }
                if case .failure(let failure) = try await RoleProfileService.save(input, existing: existing, version: nil, in: context) {
                    // Checked above; a clash now is another save racing this one.
                    throw StrideError.conflict(RoleProfileCSV.problems(failure.errors, of: role).map(\.description).joined(separator: " "))
                }
                if existing == nil { created += 1 } else { updated += 1 }
            }
            return .imported(created: created, updated: updated)
        }
    }

    /// Every role and its requirements, by role name, as the import reads them.
    static func export(on db: any Database) async throws -> String {
        let names = try await skillNames(on: db)
        let requirements = try await RoleProfileQueries.allRequirements(on: db)
        return RoleProfileCSV.write(try await RoleProfileQueries.all(on: db).flatMap { role in
            (requirements[role.id] ?? []).compactMap { requirement -> RoleProfileCSV.Row? in
                guard let (framework, version, code) = names.rows[requirement.skill.id] else { return nil }
                return .init(role: role.name, description: role.description, framework: framework, version: version, code: code,
                             skill: requirement.skill.name, level: requirement.level, essential: requirement.essential)
            }
        })
    }
}
