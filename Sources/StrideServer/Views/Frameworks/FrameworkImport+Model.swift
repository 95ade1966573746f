/// The model of `frameworks/import.leaf`: the upload form.
struct FrameworkImportModel: Encodable {
    let action: String
    let fields: [FormField]
    let cancelHref: String
}

/// The model of `frameworks/review.leaf`: the report of a staged upload, to confirm.
struct FrameworkReviewModel: Encodable {
    let report: FrameworkReportView
    let fileName: String?
    let confirmAction: String
    let cancelHref: String
    let replaces: Bool
    /// The stored framework's version this report was made against (0: none stored yet).
    let storedVersion: Int
}
