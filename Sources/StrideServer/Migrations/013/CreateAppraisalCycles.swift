import Fluent

/// A person's appraisal cycles as opened: the dates fixed when the cycle opened (a later policy
/// change does not move them) and who appraises.
struct CreateAppraisalCycles: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("appraisal_cycles")
            // managed fields
            .id()
            .field("opened_at", .datetime, .required)
            .field("opened_by", .uuid)
            // data fields
            .field("label", .string, .required)
            .field("contract_type", .string, .required)
            .field("start_date", .string, .required)
            .field("end_date", .string, .required)
            .field("beginning_due", .string, .required)
            .field("midterm_date", .string, .required)
            .field("midterm_due", .string, .required)
            .field("end_due", .string, .required)
            .field("probation_report_date", .string)
            .field("colleague_designation_date", .string)
            // relationships
            .field("staff_member_id", .uuid, .required, .references("staff_members", "id", onDelete: .cascade))
            .field("appraiser_id", .uuid, .references("staff_members", "id", onDelete: .setNull))
            // constraints
            .unique(on: "staff_member_id", "start_date")
            .create()
        try await database.createIndex("appraisal_cycles_appraiser_id", on: "appraisal_cycles", "appraiser_id")
        try await database.createIndex("appraisal_cycles_start_date", on: "appraisal_cycles", "start_date")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("appraisal_cycles").delete()
    }
}
