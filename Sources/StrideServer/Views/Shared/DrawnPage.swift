import Vapor

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
