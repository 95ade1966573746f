import StrideCore

/// The model of `staff/index.leaf`: the directory with its search and pages.
struct StaffIndexModel: Encodable {
    let query: String
    let searchAction: String
    let people: [PersonSummary]
    let total: Int
    /// "40 people", "1 person matching “raj”".
    let caption: String

    static func caption(total: Int, query: String) -> String {
        query.isEmpty ? counted(total, "person", "people") : "\(counted(total, "person", "people")) matching “\(query)”"
    }
    let pagination: Pagination
    let newHref: String?
    let importHref: String?
    let exportHref: String?
}
