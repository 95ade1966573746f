/// The model of `units/show.leaf`: a unit, where it sits, its sub-units and people.
struct UnitShowModel: Encodable {
    let name: String
    let code: String
    let breadcrumbs: [PageLink]
    let chief: PersonSummary?
    let subunits: [PageLink]
    let staff: [PersonSummary]
    let staffCaption: String
    let pagination: Pagination
    let editHref: String?
}
