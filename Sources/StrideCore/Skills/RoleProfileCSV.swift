import Foundation

/// Job roles as CSV, one row per required skill: what HR exports to a spreadsheet and imports
/// back. A role's rows share its name; its description is taken from the first row that has one.
/// A skill is named by its framework (name and version) and its code, or its name when it has no
/// code.
public enum RoleProfileCSV {
    public static let columns = ["role", "description", "framework", "framework_version", "skill_code", "skill", "level", "importance"]

    /// A skill as a row names it.
    public struct SkillName: Hashable, Sendable {
        public let framework: String
        public let version: String
        /// The code when the row gives one, else the name, compared case-insensitively.
        public let skill: String

        public init(framework: String, version: String, skill: String) {
            self.framework = framework.lowercased()
            self.version = version.lowercased()
            self.skill = skill.lowercased()
        }
    }

    /// A role read from the file: its input for `RoleProfileInput.validate`, and the line each
    /// requirement came from, so a problem found later is reported by line.
    public struct Role: Sendable, Equatable {
        public let input: RoleProfileInput
        public let line: Int
        public let requirementLines: [Int]
        /// Whether the file has a description column: without one, a role it replaces keeps its own.
        public let describes: Bool

        public init(input: RoleProfileInput, line: Int, requirementLines: [Int], describes: Bool = true) {
            self.input = input
            self.line = line
            self.requirementLines = requirementLines
            self.describes = describes
        }
    }

    public typealias Problem = CSV.Problem

    public enum Outcome: Sendable, Equatable {
        case roles([Role])
        case rejected([Problem])
    }

    public static func read(_ text: String, skill: (SkillName) -> UUID?) -> Outcome {
        let records: [CSV.Record]
        do { records = try CSV.parse(text) } catch { return .rejected([Problem(line: error.line, column: nil, message: error.message)]) }
        guard let header = records.first else { return .rejected([Problem(line: 1, column: nil, message: "the file is empty; expected a header row")]) }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let missing = columns.filter { !names.contains($0) && !["description", "skill_code", "importance"].contains($0) }
        guard missing.isEmpty else {
            return .rejected([Problem(line: header.line, column: nil, message: "the header lacks \(missing.joined(separator: ", "))")])
        }
        var problems: [Problem] = []
        var order: [String] = []
        var roles: [String: (name: String, description: String?, line: Int, rows: [RoleProfileInput.Requirement], lines: [Int])] = [:]
        for record in records.dropFirst() {
            func value(_ column: String) -> String {
                names.firstIndex(of: column).flatMap { $0 < record.fields.count ? CSV.unescaped(record.fields[$0]) : nil }?
                    .trimmingCharacters(in: .whitespaces) ?? ""
            }
            let name = value("role")
            guard !name.isEmpty else {
                problems.append(Problem(line: record.line, column: "role", message: "name the role the row belongs to"))
                continue
            }
            let named = value("skill_code").isEmpty ? value("skill") : value("skill_code")
            let key = SkillName(framework: value("framework"), version: value("framework_version"), skill: named)
            guard let skillID = skill(key) else {
                problems.append(Problem(line: record.line, column: value("skill_code").isEmpty ? "skill" : "skill_code",
                                        message: "no skill \(named.isEmpty ? "is named" : "\"\(named)\"") in a stored framework "
                                            + "\"\(value("framework")) \(value("framework_version"))\""))
                continue
            }
            let roleKey = RoleProfileDetails.key(name)
            if roles[roleKey] == nil { order.append(roleKey); roles[roleKey] = (name, nil, record.line, [], []) }
            if roles[roleKey]!.description == nil, !value("description").isEmpty { roles[roleKey]!.description = value("description") }
            roles[roleKey]!.rows.append(.init(skill: skillID.uuidString, level: value("level"), importance: value("importance")))
            roles[roleKey]!.lines.append(record.line)
        }
        if records.count == 1 { problems.append(Problem(line: header.line, column: nil, message: "the file has a header but no rows")) }
        guard problems.isEmpty else { return .rejected(problems) }
        return .roles(order.map { key in
            let role = roles[key]!
            return Role(input: RoleProfileInput(name: role.name, description: role.description, requirements: role.rows),
                        line: role.line, requirementLines: role.lines, describes: names.contains("description"))
        })
    }

    /// A role's validation problems by line: `requirements[2].level` is the third row's level.
    public static func problems(_ errors: [FieldError], of role: Role) -> [Problem] {
        errors.map { error in
            let parts = error.field.split(separator: ".")
            if parts.count == 2, let open = parts[0].firstIndex(of: "["), let index = Int(parts[0][parts[0].index(after: open)...].dropLast()),
               index < role.requirementLines.count {
                return Problem(line: role.requirementLines[index], column: parts[1] == "skill" ? "skill" : String(parts[1]), message: error.message)
            }
            return Problem(line: role.line, column: error.field == "requirements" ? nil : error.field, message: error.message)
        }
    }

    /// A row of the export.
    public struct Row: Sendable {
        public let role: String
        public let description: String?
        public let framework: String
        public let version: String
        public let code: String?
        public let skill: String
        public let level: Int
        public let essential: Bool

        public init(role: String, description: String?, framework: String, version: String, code: String?, skill: String,
                    level: Int, essential: Bool) {
            (self.role, self.description, self.framework, self.version) = (role, description, framework, version)
            (self.code, self.skill, self.level, self.essential) = (code, skill, level, essential)
        }
    }

    /// The file: the header, then each row; a role's description on its first row only.
    public static func write(_ rows: [Row]) -> String {
        var text = CSV.row(columns)
        var described: Set<String> = []
        for row in rows {
            let first = described.insert(row.role).inserted
            text += CSV.row([row.role, first ? row.description ?? "" : "", row.framework, row.version, row.code ?? "", row.skill,
                             String(row.level), row.essential ? "essential" : "desirable"])
        }
        return text
    }
}
