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
    /// The unit's skills matrix, for HR and the unit's chiefs.
    let skillsHref: String?
    let outcomes: [Outcome]
    /// Where HR or the unit's chief adds an outcome; nil for everyone else.
    let newOutcomeHref: String?

    /// An outcome the unit is to achieve, with its period in words.
    struct Outcome: Encodable {
        let title: String
        let description: String?
        let period: String
        let editHref: String?
    }
}
