import Foundation
import StrideCore

/// Pages of the lists the API reads whole (a person's, a workgroup's, or a short
/// organisation-wide one): keyset pages in each list's own order, so walking one while others
/// add to it sees every item once. The long lists (staff, forms) page in the database instead.
extension StrideAPIController {
    static func page<Item>(_ items: [Item], cursor: String?, limit: Int?, descending: Bool = false,
                           key: (Item) -> String, id: (Item) -> String) throws -> KeysetPage<Item> {
        // An empty cursor is the first page, as no cursor is.
        let after = try cursor.flatMap { $0.isEmpty ? nil : $0 }.map { raw in
            guard let cursor = PageCursor(token: raw) else { throw StrideError.badRequest("cursor: use the `next` value of the page before") }
            return cursor
        }
        return KeysetPaging.page(items, key: key, id: id, descending: descending, after: after, limit: try Self.limit(limit))
    }
}
