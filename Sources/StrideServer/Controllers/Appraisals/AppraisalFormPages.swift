import Fluent
import Foundation
import StrideCore
import Vapor

/// One kind of appraisal form's own pages, for `AppraisalFormController`: its document's
/// sections, its edit page, and saving what that page posts. Authorization is the controller's.
protocol AppraisalFormPages: Sendable {
    /// The document's sections for `content` as stored (the form now, or an earlier version).
    func sections(_ loaded: LoadedAppraisalForm, content: String, on db: any Database) async throws -> [ReadOnlyForm.Section]
    /// The edit page from the stored content, with the core's `errors` (after a refused submission).
    func edit(_ req: Request, _ loaded: LoadedAppraisalForm, errors: [FieldError]) async throws -> Response
    func save(_ req: Request, _ loaded: LoadedAppraisalForm) async throws -> Response
}

extension AppraisalFormPages {
    /// Stored content as the core type of its kind.
    func decode<Content: Decodable>(_ type: Content.Type, _ content: String) throws -> Content {
        try JSONDecoder().decode(Content.self, from: Data(content.utf8))
    }

    /// Where a saved or submitted form goes next, with what to tell the person.
    func saved(_ req: Request, _ loaded: LoadedAppraisalForm, _ message: String) -> Response {
        req.flash(message)
        return req.redirect(to: .appraisalForm(loaded.formID))
    }

    /// The error a stale save shows, at the top of the page.
    static var staleMessage: String {
        "Someone else saved this form while you were editing it. Your changes are below: check the form and save again to keep them"
    }
}
