import Foundation
import StrideCore

/// The demo's job roles, against its competency framework, written through the same service
/// HR's form uses.
enum DemoSkills {
    /// name, description, and each required skill (by name) with its level and whether it is essential.
    private static let roles: [(String, String, [(String, Int, Bool)])] = [
        ("Programme officer", "Plans and delivers outputs of a unit's programme with partners.",
         [("Communication", 3, true), ("Teamwork", 3, true), ("Client orientation", 2, false)]),
        ("Unit chief", "Leads a unit: its outcomes, its people and their performance.",
         [("Managing performance", 4, true), ("Developing people", 4, true), ("Communication", 3, true), ("Teamwork", 4, false)]),
        ("Technical officer", "Brings specialist knowledge to projects and the people who run them.",
         [("Teamwork", 2, true), ("Client orientation", 3, true), ("Communication", 2, false)]),
    ]

    static func load(in context: ServiceContext) async throws {
        let skills = Dictionary(try await SkillRefs.all(on: context.db).map { ($0.ref.name, $0.ref.id) }, uniquingKeysWith: { a, _ in a })
        for (name, description, needs) in roles {
            let input = RoleProfileInput(name: name, description: description, requirements: needs.map {
                .init(skill: skills[$0.0]?.uuidString, level: String($0.1), importance: $0.2 ? "essential" : "desirable")
            })
            if case .failure(let failure) = try await RoleProfileService.save(input, existing: nil, version: nil, in: context) {
                throw StrideError.configuration(failure.errors.map { "Demo role \(name): \($0.message)" })
            }
        }
    }
}
