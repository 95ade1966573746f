import Fluent
import Foundation
import StrideCore

/// Opening rounds of skills assessment, each with its audit event.
enum SkillRoundService {
    static func open(_ input: SkillRoundInput, in context: ServiceContext) async throws -> Result<SkillRound, FieldErrors> {
        let db = context.db
        let units = Set(try await OrganisationalUnit.query(on: db).all(\.$id))
        let roles = Set(try await RoleProfileQueries.choices(on: db).map(\.id))
        let validated = input.validate(units: units, roles: roles, today: context.clock.today())
        guard let details = validated.value else { return .failure(FieldErrors(validated.errors)) }
        return try await context.transaction { context in
            let round = SkillRound()
            round.id = context.newID()
            round.openedAt = context.now
            round.openedBy = context.actor
            round.name = details.name
            round.scope = details.scope.kind
            round.dueOn = details.dueOn
            switch details.scope {
            case .everyone: break
            case .unit(let id): round.$unit.id = id
            case .role(let id): round.$roleProfile.id = id
            }
            try await round.create(on: context.db)
            try await context.audit(.create, .skillRound, id: round.id,
                                    "Opened the skills round \(details.name) for \(details.scope.kind), due \(details.dueOn.iso)")
            return .success(round)
        }
    }
}
