/// The model of `staff/index.leaf`: the directory with its search and pages.
struct StaffIndexModel: Encodable {
    let query: String
    let searchAction: String
    let people: [PersonSummary]
    let total: Int
    let pagination: Pagination
    let newHref: String?
    let importHref: String?
}
