import Vapor

/// The confirm button of an import's report: the stored version the report was made against.
struct ConfirmImportForm: Content {
    var version: Int?
}
