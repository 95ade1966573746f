import Fluent
import Foundation
import SQLKit
import StrideCore

/// The framework whose skills are the organisation's competencies: which one it is, HR's
/// choice of it, and its skills as the Beginning of Cycle offers them.
enum CompetencyFramework {
    /// A competency as a form offers it.
    struct Competency: Decodable, Sendable {
        let id: UUID
        let code: String?
        let name: String
        let category: String
    }

    /// The competency framework's skills in the framework's order; empty when HR has marked none.
    static func competencies(on db: any Database) async throws -> [Competency] {
        try await db.sql().raw("""
            SELECT s.id, s.code, s.name, s.category FROM skills s JOIN skills_frameworks f ON f.id = s.framework_id
            WHERE f.is_competency_framework = \(bind: true) ORDER BY s.position
            """).all(decoding: Competency.self)
    }

    /// Makes `frameworkID` the competency framework, in place of any other.
    static func mark(_ frameworkID: UUID, in context: ServiceContext) async throws {
        try await context.transaction { context in
            guard let framework = try await FrameworkRecord.find(frameworkID, on: context.db) else {
                throw StrideError.notFound("The framework")
            }
            guard !framework.isCompetencyFramework else { return }
            try await FrameworkRecord.query(on: context.db).set(\.$isCompetencyFramework, to: false)
                .filter(\.$isCompetencyFramework == true).update()
            framework.isCompetencyFramework = true
            try await framework.save(on: context.db)
            try await context.audit(.update, .skillsFramework, id: frameworkID,
                                    "Made \(framework.name) \(framework.version) the competency framework")
        }
    }
}
