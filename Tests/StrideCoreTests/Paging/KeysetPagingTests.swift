import Foundation
import StrideCore
import Testing

@Suite struct KeysetPagingTests {
    struct Item: Equatable { let name: String; let id: String }

    func id(_ n: Int) -> String { String(format: "%04d", n) }

    @Test func aCursorSurvivesItsTripThroughAToken() {
        let cursor = PageCursor(key: "Müller, Anna 2026-03-01", id: id(7))
        #expect(PageCursor(token: cursor.token) == cursor)
        #expect(!cursor.token.contains("=") && !cursor.token.contains("/") && !cursor.token.contains("+"))
        #expect(PageCursor(token: "not a cursor") == nil)
        #expect(PageCursor(token: Data("no separator".utf8).base64EncodedString()) == nil)
        #expect(PageKey.instant(Date(timeIntervalSince1970: 9)) < PageKey.instant(Date(timeIntervalSince1970: 10)))
    }

    @Test func walkingAListWhileOthersAddToItSeesEveryItemOnce() {
        var items = (1...7).map { Item(name: "name \($0)", id: id($0)) }
        let first = KeysetPaging.page(items, key: \.name, id: \.id, after: nil, limit: 3)
        #expect(first.items.map(\.name) == ["name 1", "name 2", "name 3"])
        // Someone adds items before and after where the walk has got to.
        items.insert(Item(name: "name 0", id: id(100)), at: 0)
        items.append(Item(name: "name 9", id: id(101)))
        let second = KeysetPaging.page(items, key: \.name, id: \.id, after: first.next, limit: 3)
        let third = KeysetPaging.page(items, key: \.name, id: \.id, after: second.next, limit: 3)
        #expect(second.items.map(\.name) == ["name 4", "name 5", "name 6"])
        #expect(third.items.map(\.name) == ["name 7", "name 9"])
        #expect(third.next == nil)
    }

    @Test func newestFirstWithTiesBrokenByID() {
        let items = [Item(name: "2026-01-01", id: id(2)), Item(name: "2026-02-01", id: id(1)), Item(name: "2026-01-01", id: id(1))]
        let all = KeysetPaging.page(items, key: \.name, id: \.id, descending: true, after: nil, limit: 10)
        #expect(all.items.map(\.id) == [id(1), id(1), id(2)])
        #expect(all.items.map(\.name) == ["2026-02-01", "2026-01-01", "2026-01-01"])
        let page = KeysetPaging.page(items, key: \.name, id: \.id, descending: true, after: nil, limit: 2)
        let rest = KeysetPaging.page(items, key: \.name, id: \.id, descending: true, after: page.next, limit: 2)
        #expect(rest.items == [Item(name: "2026-01-01", id: id(2))] && rest.next == nil)
    }
}
