import Fluent
import Foundation
import SQLKit
import StrideCore

/// Giving a job role to everyone active with a job title (any case), such as every "Programme
/// Officer": each person changed gets a new record version and an audit event.
enum RoleAssignmentService {
    /// What assigning the role to a job title does.
    struct Assignment: Sendable {
        struct Person: Decodable, Sendable {
            let id: UUID
            let name: String
            let staff_number: String
            let record_version: Int
            /// The role they hold now, replaced by this one; nil for none.
            let role_name: String?
        }

        let jobTitle: String
        /// Those whose role changes, by name.
        let gaining: [Person]
        /// Those who hold the role already.
        let holding: Int

        var replacing: Int { gaining.filter { $0.role_name != nil }.count }

        /// What happened (or would), in words for the confirmation page and the flash.
        func summary(role: String, done: Bool) -> String {
            let title = "the job title “\(jobTitle)”"
            guard !gaining.isEmpty || holding > 0 else { return "Nobody active has \(title)." }
            var text = done ? "Assigned \(role) to \(DisplayNumber.counted(gaining.count, "person", "people")) with \(title)."
                : "\(DisplayNumber.counted(gaining.count, "person", "people")) with \(title) will hold \(role)."
            if replacing > 0 { text += " It replaces another role for \(DisplayNumber.counted(replacing, "of them", "of them"))." }
            if holding > 0 { text += " \(DisplayNumber.counted(holding, "person", "people")) already \(holding == 1 ? "holds" : "hold") it." }
            return text
        }
    }

    static func assignment(of roleID: UUID, toJobTitle title: String, on db: any Database) async throws -> Assignment {
        let people = try await db.sql().raw("""
            SELECT s.id, s.name, s.staff_number, s.record_version, s.role_profile_id, r.name AS role_name
            FROM staff_members s LEFT JOIN role_profiles r ON r.id = s.role_profile_id
            WHERE lower(s.job_title) = lower(\(bind: title)) AND s.status = \(bind: EmploymentStatus.active.rawValue)
            ORDER BY s.name, s.id
            """).all()
        var gaining: [Assignment.Person] = []
        var holding = 0
        for row in people {
            if try row.decodeNil(column: "role_profile_id") == false, try row.decode(column: "role_profile_id", as: UUID.self) == roleID {
                holding += 1
            } else {
                gaining.append(try row.decode(model: Assignment.Person.self))
            }
        }
        return Assignment(jobTitle: title, gaining: gaining, holding: holding)
    }

    /// Assigns the role to everyone with the title, as they stand under the lock staff edits take.
    static func assign(_ role: RoleProfile, toJobTitle title: String, in context: ServiceContext) async throws -> Assignment {
        let roleID = try role.requireID()
        return try await context.exclusiveTransaction(lock: .organisationTree) { context in
            let assignment = try await assignment(of: roleID, toJobTitle: title, on: context.db)
            let ids = assignment.gaining.map(\.id)
            for start in stride(from: 0, to: ids.count, by: 1_000) {
                try await context.db.sql().raw("""
                    UPDATE staff_members SET role_profile_id = \(bind: roleID), record_version = record_version + 1,
                      updated_at = \(bind: context.now)
                    WHERE id IN (\(binds: Array(ids[start..<min(start + 1_000, ids.count)])))
                    """).run()
            }
            try await context.audit(.update, .staffMember, assignment.gaining.map { person in
                (person.id, "Assigned role \(role.name) to \(person.name) (\(person.staff_number)) with the job title “\(title)”"
                    + (person.role_name.map { " (was \($0))" } ?? ""))
            })
            return assignment
        }
    }
}
