import Fluent
import FluentSQL
import SQLKit

/// Case-insensitive "contains" matching written once for both databases: LOWER on both sides
/// (SQLite's LIKE and PostgreSQL's LIKE differ on case) and an explicit escape character, so
/// a `%` or `_` someone types is matched literally everywhere.
enum TextSearch {
    static func contains(_ column: String, _ text: String) -> DatabaseQuery.Filter {
        .sql(embed: "LOWER(\(ident: column)) LIKE LOWER(\(bind: containsPattern(text))) ESCAPE '\\'")
    }

    /// `%text%` with LIKE's own wildcards taken literally.
    static func containsPattern(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
        return "%\(escaped)%"
    }
}
