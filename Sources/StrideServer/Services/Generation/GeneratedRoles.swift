import Fluent
import Foundation
import SQLKit
import StrideCore

/// The job roles and competencies a generated organisation is written against: the demo's.
struct GeneratedRoles: Sendable {
    struct Requirement: Sendable { let skill: UUID; let level: Int }

    let chief: UUID?
    let officers: [UUID]
    /// Each role's required skills, in order.
    let requirements: [UUID: [Requirement]]
    /// The competency framework's skills, which Beginning of Cycle forms choose from.
    let competencies: [UUID]

    static func load(on db: any Database) async throws -> GeneratedRoles {
        struct Row: Decodable { let id: UUID; let name: String }
        struct Need: Decodable { let role_profile_id: UUID; let skill_id: UUID; let level: Int }
        let roles = try await db.sql().raw("SELECT id, name FROM role_profiles ORDER BY name").all(decoding: Row.self)
        let needs = try await db.sql().raw("SELECT role_profile_id, skill_id, level FROM role_profile_requirements ORDER BY position")
            .all(decoding: Need.self)
        return GeneratedRoles(
            chief: roles.first { $0.name == "Unit chief" }?.id,
            officers: roles.filter { $0.name != "Unit chief" }.map(\.id),
            requirements: Dictionary(grouping: needs, by: \.role_profile_id).mapValues { $0.map { Requirement(skill: $0.skill_id, level: $0.level) } },
            competencies: try await CompetencyFramework.competencies(on: db).map(\.id))
    }

    /// Chiefs of units hold the chief's role; professional staff an officer's; others none.
    func role(for person: GeneratedPerson, managesOthers: Bool) -> UUID? {
        if managesOthers && person.jobTitle == "Chief" { return chief }
        guard person.grade.hasPrefix("P"), !officers.isEmpty else { return nil }
        return officers[Self.stableHash(person.staffNumber) % officers.count]
    }

    /// FNV-1a of the text: the same in every run, unlike Swift's `hashValue`, which is seeded per process.
    private static func stableHash(_ text: String) -> Int {
        Int(text.utf8.reduce(UInt32(2_166_136_261)) { ($0 ^ UInt32($1)) &* 16_777_619 } % 1_000_003)
    }
}
