import Fluent
import SQLKit

/// The job role a person is assigned, whose required skills their gaps are measured against.
struct UpdateStaffMembersAddRoleProfile: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // Deleting a role leaves its holders without one.
        try await database.schema("staff_members")
            .field("role_profile_id", .uuid, .references("role_profiles", "id", onDelete: .setNull)).update()
        // Who holds a role: its page and the count in the role list.
        try await database.createIndex("staff_members_role_profile_id", on: "staff_members", "role_profile_id")
        // Assigning a role to everyone with a job title, whatever its case.
        try await database.sql().raw("CREATE INDEX staff_members_job_title_key ON staff_members (lower(job_title))").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql().drop(index: "staff_members_job_title_key").run()
        try await database.sql().drop(index: "staff_members_role_profile_id").run()
        try await database.schema("staff_members").deleteField("role_profile_id").update()
    }
}
