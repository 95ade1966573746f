import Foundation
import StrideCore


/// Previous/next links for a long list, as plain GET links that can be bookmarked.
struct Pagination: Encodable {
    let page: Int
    let pageCount: Int
    let previousHref: String?
    let nextHref: String?
    let firstItem: Int
    let lastItem: Int

    /// The page asked for, as a number within the pages there are; anything else is page 1.
    static func clamp(_ raw: String?, pageSize: Int, total: Int) -> Int {
        let pageCount = max(1, (total + pageSize - 1) / pageSize)
        guard let raw, let page = Int(raw), page >= 1 else { return 1 }
        return min(page, pageCount)
    }

    init(page: Int, pageSize: Int, total: Int, path: String, query: [String: String]) {
        self.page = page
        pageCount = max(1, (total + pageSize - 1) / pageSize)
        firstItem = total == 0 ? 0 : (page - 1) * pageSize + 1
        lastItem = min(total, page * pageSize)
        func href(_ target: Int) -> String {
            var components = URLComponents()
            components.path = path
            components.queryItems = query.sorted { $0.key < $1.key }.map { URLQueryItem(name: $0.key, value: $0.value) }
                + [URLQueryItem(name: "page", value: String(target))]
            return components.string ?? path
        }
        previousHref = page > 1 ? href(page - 1) : nil
        nextHref = page < pageCount ? href(page + 1) : nil
    }
}
