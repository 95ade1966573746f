import Fluent
import StrideCore
import Vapor

/// Skills frameworks: the list, a framework's page, a skill's page and the canonical JSON,
/// for everyone signed in.
struct FrameworkController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(StridePath.frameworks.components, use: index)
        routes.get(StridePath.framework.components, use: show)
        routes.get(StridePath.skill.components, use: skill)
        routes.get(StridePath.frameworkExport.components, use: export)
    }

    struct IndexView: Encodable {
        let frameworks: [FrameworkStore.Summary]
        let importHref: String?
    }

    @Sendable func index(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let rows = try await FrameworkStore.summaries(on: req.db) { StridePath.framework.link($0) }
        let view = IndexView(frameworks: rows, importHref: user.isHRAdministrator ? StridePath.importFramework.template : nil)
        return try await req.page("frameworks/index", title: "Skills frameworks", view)
    }

    struct ScaleRow: Encodable {
        let number: Int
        let name: String
        let descriptor: String?
    }

    struct SkillRow: Encodable {
        let name: String
        let code: String?
        let href: String
        let description: String
        let levels: String
    }

    struct CategoryGroup: Encodable {
        let name: String
        let skills: [SkillRow]
    }

    struct ShowView: Encodable {
        let name: String
        let version: String
        let publisher: String
        let source: String
        let scale: [ScaleRow]
        let query: String
        let groups: [CategoryGroup]
        let shown: Int
        let total: Int
        let filterAction: String
        let exportHref: String
    }

    @Sendable func show(req: Request) async throws -> Response {
        _ = try req.requireUser()
        let id = try req.uuid("frameworkID")
        guard let loaded = try await FrameworkStore.load(id, on: req.db) else { throw StrideError.notFound("The framework") }
        let framework = loaded.framework
        let query = (req.query[String.self, at: "q"] ?? "").trimmingCharacters(in: .whitespaces)
        let needle = query.lowercased()
        let matching = zip(framework.skills, loaded.skillIDs).filter { skill, _ in
            needle.isEmpty || [skill.name, skill.code ?? "", skill.description, skill.category].contains { $0.lowercased().contains(needle) }
        }
        // Categories in the framework's order, then any a skill names that the list lacks.
        let order = framework.categories.map(\.name) + matching.map(\.0.category)
        var seen: Set<String> = []
        let groups = order.filter { seen.insert($0).inserted }.compactMap { category -> CategoryGroup? in
            let skills = matching.filter { $0.0.category == category }.map { skill, skillID in
                SkillRow(name: skill.name, code: skill.code, href: StridePath.skill.link(id, skillID),
                         description: skill.description, levels: Self.levelSummary(skill))
            }
            return skills.isEmpty ? nil : CategoryGroup(name: category, skills: skills)
        }
        let view = ShowView(
            name: framework.name, version: framework.version, publisher: framework.publisher,
            source: [framework.source.fileName, "imported \(DisplayDate.long(CalendarDate(utc: framework.source.importedAt)))"]
                .compactMap { $0 }.joined(separator: ", "),
            scale: framework.levelScale.levels.map { ScaleRow(number: $0.number, name: $0.name, descriptor: $0.descriptor) },
            query: query, groups: groups, shown: matching.count, total: framework.skills.count,
            filterAction: StridePath.framework.link(id), exportHref: StridePath.frameworkExport.link(id))
        return try await req.page("frameworks/show", title: "\(framework.name) \(framework.version)", view)
    }

    /// "Levels 3–5", "Levels 2, 4", "No levels defined".
    static func levelSummary(_ skill: Skill) -> String {
        let numbers = skill.definedLevelNumbers
        guard let first = numbers.first, let last = numbers.last else { return "No levels defined" }
        if numbers.count == 1 { return "Level \(first)" }
        if numbers == Array(first...last) { return "Levels \(first)–\(last)" }
        return "Levels " + numbers.map(String.init).joined(separator: ", ")
    }

    struct LevelView: Encodable {
        let number: Int
        let name: String
        let defined: Bool
        let summary: String?
        let indicators: [String]
        let note: String?
    }

    struct SkillView: Encodable {
        let frameworkName: String
        let frameworkHref: String
        let name: String
        let code: String?
        let category: String
        let subcategory: String?
        let description: String
        let guidanceNotes: [String]
        let activities: [String]
        let levels: [LevelView]
    }

    @Sendable func skill(req: Request) async throws -> Response {
        _ = try req.requireUser()
        let id = try req.uuid("frameworkID")
        let skillID = try req.uuid("skillID")
        guard let loaded = try await FrameworkStore.load(id, on: req.db),
              let index = loaded.skillIDs.firstIndex(of: skillID) else { throw StrideError.notFound("The skill") }
        let framework = loaded.framework
        let skill = framework.skills[index]
        // Every level of the scale is shown, defined or not, so the gaps are visible too.
        let levels = framework.levelScale.levels.map { scaleLevel -> LevelView in
            let level = skill.level(scaleLevel.number)
            return LevelView(number: scaleLevel.number, name: scaleLevel.name, defined: level?.isDefined ?? false,
                             summary: level?.summary, indicators: level?.indicators ?? [], note: level?.note)
        }
        let view = SkillView(
            frameworkName: "\(framework.name) \(framework.version)", frameworkHref: StridePath.framework.link(id),
            name: skill.name, code: skill.code, category: skill.category, subcategory: skill.subcategory,
            description: skill.description, guidanceNotes: skill.guidanceNotes, activities: skill.activities, levels: levels)
        return try await req.page("frameworks/skill", title: skill.name, view)
    }

    @Sendable func export(req: Request) async throws -> Response {
        _ = try req.requireUser()
        guard let loaded = try await FrameworkStore.load(try req.uuid("frameworkID"), on: req.db) else {
            throw StrideError.notFound("The framework")
        }
        let response = try Self.jsonResponse(loaded.framework)
        let name = "\(loaded.framework.name)-\(loaded.framework.version)".lowercased()
            .map { $0.isLetter || $0.isNumber ? $0 : "-" }
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(String(name)).json\"")
        return response
    }

    /// The canonical JSON of a framework, byte for byte what `FrameworkJSON` writes.
    static func jsonResponse(_ framework: SkillsFramework) throws -> Response {
        let response = Response(status: .ok, body: .init(data: try FrameworkJSON.encode(framework)))
        response.headers.contentType = .json
        return response
    }
}
