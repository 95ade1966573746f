import Foundation
import StrideCore

/// Pages of the lists the API reads whole (a person's, a workgroup's, or a short
/// organisation-wide one): keyset pages in each list's own order, so walking one while others
/// add to it sees every item once. The long lists (staff, forms) page in the database instead.
extension StrideAPIController {
    static func page<Item>(_ items: [Item], cursor: String?, limit: Int?, descending: Bool = false,
                           key: (Item) -> String, id: (Item) -> String) throws -> KeysetPage<Item> {
        KeysetPaging.page(items, key: key, id: id, descending: descending, after: try Self.cursor(cursor, PageCursor.init(token:)),
                          limit: try Self.limit(limit))
    }
}
