import Vapor

/// The staff CSV upload form as posted.
struct StaffImportForm: Content {
    var file: File?
}
