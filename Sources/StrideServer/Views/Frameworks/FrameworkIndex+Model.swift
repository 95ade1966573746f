import StrideCore

/// The model of `frameworks/index.leaf`.
struct FrameworkIndexModel: Encodable {
    struct Row: Encodable {
        let name: String
        let version: String
        let publisher: String
        let skills: Int
        let definedLevels: Int
        let indicators: Int
        let url: String

        init(_ summary: FrameworkQueries.Summary) {
            name = summary.name
            version = summary.version
            publisher = summary.publisher
            skills = summary.skills
            definedLevels = summary.definedLevels
            indicators = summary.indicators
            url = StridePath.framework(summary.id).href
        }
    }

    let frameworks: [Row]
    let importHref: String?
    /// HR's way to write the organisation's own framework.
    let newHref: String?
    let caption: String
    let rolesHref = StridePath.roleProfiles.href

    init(frameworks: [Row], importHref: String?, newHref: String?) {
        self.frameworks = frameworks
        self.importHref = importHref
        self.newHref = newHref
        caption = counted(frameworks.count, "framework")
    }
}
