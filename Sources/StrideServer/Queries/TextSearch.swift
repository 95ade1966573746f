import Fluent
import SQLKit

/// Case-insensitive "contains" matching that behaves the same on both databases: SQLite's
/// LIKE already ignores ASCII case, PostgreSQL needs ILIKE.
enum TextSearch {
    static func method(on db: any Database) -> DatabaseQuery.Filter.Method {
        (db as? any SQLDatabase)?.dialect.name == "postgresql" ? .custom("ILIKE") : .custom("LIKE")
    }

    /// `%text%` with LIKE's own wildcards taken literally.
    static func containsPattern(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
        return "%\(escaped)%"
    }
}
