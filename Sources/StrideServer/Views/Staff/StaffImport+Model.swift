import StrideCore

/// The model of `admin/import-staff.leaf`: the upload form, the columns, and any problems.
struct StaffImportModel: Encodable {
    let action: String
    let fields: [FormField]
    let problems: [String]
    let problemCount: Int
    let problemHeading: String
    let columns: [Column]

    /// One CSV column, as the page documents it.
    struct Column: Encodable {
        let name: String
        let required: Bool
        let description: String
    }
}
