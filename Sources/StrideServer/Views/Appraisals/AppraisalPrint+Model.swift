/// The model of `appraisals/print.leaf`.
struct AppraisalPrintModel: Encodable {
    let document: ReadOnlyForm
    let printedOn: String
}

/// The model of `appraisals/version.leaf`: an earlier version of a form, read-only.
struct AppraisalVersionModel: Encodable {
    let document: ReadOnlyForm
    let currentHref: String
    let note: String
}
