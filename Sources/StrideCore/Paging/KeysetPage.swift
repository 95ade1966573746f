import Foundation

/// Where a page of a list starts: the sort key and id of the last item of the page before.
///
/// A page is "the items after this one in the list's order", never "items 51 to 100", so a
/// client walking a list while others add to it sees every item that was there once, none
/// twice: an insert before the cursor cannot shift the next page. The order is the list's own
/// (newest first, by name…) with the id as the tie-break, so it is total.
public struct PageCursor: Equatable, Sendable {
    public let key: String
    /// What tells items with the same key apart: the record's id, or what identifies it in its list.
    public let id: String

    public init(key: String, id: String) {
        self.key = key
        self.id = id
    }

    /// The opaque text clients send back as `cursor`: URL-safe base64 of the key and id.
    public var token: String {
        Data("\(key)\u{1F}\(id)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// Reads a token; nil when it is not one this API gave.
    public init?(token: String) {
        var base64 = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard token.count <= 1_024, let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8) else { return nil }
        let parts = text.split(separator: "\u{1F}", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[1].isEmpty else { return nil }
        self.init(key: String(parts[0]), id: String(parts[1]))
    }
}

/// One page of a list, and the cursor of the next (nil on the last page).
public struct KeysetPage<Item> {
    public let items: [Item]
    public let next: PageCursor?
}

public enum KeysetPaging {
    /// Items per page when the client does not say, and the most it may ask for.
    public static let defaultLimit = 50
    public static let maxLimit = 200

    /// The page of `items` after `cursor` in the order of `key` (ascending, or descending), ties
    /// broken by id, holding at most `limit`.
    public static func page<Item>(
        _ items: [Item], key: (Item) -> String, id: (Item) -> String, descending: Bool = false, after cursor: PageCursor?, limit: Int
    ) -> KeysetPage<Item> {
        func before(_ a: (String, String), _ b: (String, String)) -> Bool {
            if a.0 != b.0 { return descending ? a.0 > b.0 : a.0 < b.0 }
            return a.1 < b.1
        }
        let keyed = items.map { (item: $0, position: (key($0), id($0))) }.sorted { before($0.position, $1.position) }
        let remaining = cursor.map { cursor in keyed.filter { before((cursor.key, cursor.id), $0.position) } } ?? keyed
        let page = Array(remaining.prefix(max(limit, 1)))
        let next = remaining.count > page.count ? page.last.map { PageCursor(key: $0.position.0, id: $0.position.1) } : nil
        return KeysetPage(items: page.map(\.item), next: next)
    }
}

/// Sort keys that order as text the way their values order.
public enum PageKey {
    /// An instant as fixed-width seconds since 1970, to the microsecond.
    public static func instant(_ date: Date) -> String {
        String(format: "%020.6f", date.timeIntervalSince1970)
    }
}
