import Foundation
import Synchronization
import Vapor

/// The content of a page drawn once and kept while the figures it shows stay as they are. HR's
/// dashboard over 100,000 staff is 128 KB of tables, charts and a unit filter that read the same
/// for every HR officer until the figures are next refreshed, and drawing it with Leaf took most
/// of each request. Each entry is kept with when its figures were computed, and drawn again once
/// they change; the layout around it (who is signed in, the CSRF token) is drawn per request.
final class DrawnContent<Key: Hashable & Sendable>: Sendable {
    /// Far more filter combinations than people use in a day; past it the cache starts again.
    static var capacity: Int { 64 }

    private struct Entry {
        let computedAt: Date
        let html: String
    }

    private let entries = Mutex<[Key: Entry]>([:])

    /// The content for `key` as drawn from the figures computed at `computedAt`, drawing it if it
    /// is not kept. Figures computed for each request (`lifetime` 0) are drawn each time.
    func html(for key: Key, computedAt: Date, lifetime: TimeInterval, draw: () async throws -> String) async throws -> String {
        guard lifetime > 0 else { return try await draw() }
        if let entry = entries.withLock({ $0[key] }), entry.computedAt == computedAt { return entry.html }
        let html = try await draw()
        entries.withLock { entries in
            if entries.count >= Self.capacity, entries[key] == nil { entries.removeAll(keepingCapacity: true) }
            entries[key] = Entry(computedAt: computedAt, html: html)
        }
        return html
    }
}

/// What a content template is drawn with: its model as `view`, as in a whole page.
private struct DrawnContext<Model: Encodable>: Encodable {
    let view: Model
}

/// A page's content drawn beforehand, placed in the layout as it is (`drawn.leaf`).
struct DrawnPage: Encodable {
    let html: String
}

extension Request {
    /// Draws `template` (content only, no layout) with `model` as `view`, as HTML to keep.
    func drawContent<Model: Encodable>(_ template: String, _ model: Model) async throws -> String {
        String(buffer: try await view.render(template, DrawnContext(view: model)).data)
    }

    /// A page whose content was drawn beforehand (`drawContent`), in the layout drawn for this request.
    func renderDrawnPage(title: String, html: String) async throws -> Response {
        try await renderPage("drawn", title: title, DrawnPage(html: html))
    }
}
