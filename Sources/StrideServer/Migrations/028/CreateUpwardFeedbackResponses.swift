import Fluent
import SQLKit

/// The anonymous responses of open rounds: the answers and the comment, and nothing else: no
/// respondent, no time. Each row's key is random, and the table is stored in key order (SQLite's
/// `WITHOUT ROWID`, so no hidden row number follows submission), so the order of rows says
/// nothing of who answered when. Closing a round compiles its report and deletes its rows.
struct CreateUpwardFeedbackResponses: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = try database.sql()
        if sql.dialect.name == "sqlite" {
            try await sql.raw("""
                CREATE TABLE "upward_feedback_responses" (
                  "id" UUID PRIMARY KEY NOT NULL,
                  "answers" TEXT NOT NULL,
                  "comment" TEXT,
                  "round_id" UUID NOT NULL REFERENCES "upward_feedback_rounds" ("id") ON DELETE CASCADE
                ) WITHOUT ROWID
                """).run()
        } else {
            try await database.schema("upward_feedback_responses")
                .id()
                .field("answers", .string, .required)
                .field("comment", .string)
                .field("round_id", .uuid, .required, .references("upward_feedback_rounds", "id", onDelete: .cascade))
                .create()
        }
        // A round's responses, read once when it closes.
        try await database.createIndex("upward_feedback_responses_round", on: "upward_feedback_responses", "round_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("upward_feedback_responses").delete()
    }
}
