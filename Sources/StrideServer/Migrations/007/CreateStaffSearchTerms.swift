import Fluent
import SQLKit

/// The words each person is found by in the staff directory (`SearchTerms`), one row a word,
/// so a search is a range on an index of words instead of `LIKE '%…%'` over every person.
/// `contact` marks words from the email and staff ID, which only HR searches.
///
/// Terms compare byte by byte, like the supervision paths: PostgreSQL's column takes the "C"
/// collation, so the range `[word, upperBound)` holds exactly the terms starting with it.
struct CreateStaffSearchTerms: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let text: DatabaseSchema.DataType = try database.sql().dialect.name == "sqlite" ? .string : .custom(SQLRaw("TEXT COLLATE \"C\""))
        try await database.schema("staff_search_terms")
            .field("staff_id", .uuid, .required, .references("staff_members", "id", onDelete: .cascade))
            .field("term", text, .required)
            .field("contact", .bool, .required)
            .unique(on: "staff_id", "contact", "term")
            .create()
        try await database.createIndex("staff_search_terms_term", on: "staff_search_terms", "term", "contact", "staff_id")
        try await StaffSearchIndex.rebuild(on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("staff_search_terms").delete()
    }
}
