import Foundation
import StrideCore
import Testing

/// Job roles as CSV: one row per required skill, read back into roles by name.
@Suite struct RoleProfileCSVTests {
    static let team = UUID(), data = UUID()
    static func skill(_ name: RoleProfileCSV.SkillName) -> UUID? {
        switch (name.framework, name.version, name.skill) {
        case ("core", "2026", "team"): team
        case ("sfia", "9", "data management"): data
        default: nil
        }
    }

    @Test func rowsGroupIntoRolesAndTheExportReadsBack() throws {
        let rows = [
            RoleProfileCSV.Row(role: "Analyst", description: "Turns data into advice.", framework: "Core", version: "2026", code: "TEAM",
                               skill: "Teamwork", level: 3, essential: true),
            RoleProfileCSV.Row(role: "Analyst", description: "Turns data into advice.", framework: "SFIA", version: "9", code: nil,
                               skill: "Data management", level: 4, essential: false),
            RoleProfileCSV.Row(role: "Chief", description: nil, framework: "Core", version: "2026", code: "TEAM", skill: "Teamwork",
                               level: 5, essential: true),
        ]
        let text = RoleProfileCSV.write(rows)
        #expect(text.hasPrefix("role,description,framework,framework_version,skill_code,skill,level,importance\r\n"))
        #expect(text.contains("Analyst,,SFIA,9,,Data management,4,desirable\r\n"))
        guard case .roles(let roles) = RoleProfileCSV.read(text, skill: Self.skill) else { Issue.record("rejected"); return }
        #expect(roles.map(\.input.name) == ["Analyst", "Chief"] && roles.map(\.line) == [2, 4])
        #expect(roles[0].input.description == "Turns data into advice." && roles[0].requirementLines == [2, 3])
        #expect(roles[0].input.requirements == [.init(skill: Self.team.uuidString, level: "3", importance: "essential"),
                                                .init(skill: Self.data.uuidString, level: "4", importance: "desirable")])
    }

    @Test func eachBadRowIsNamedByLineAndColumn() {
        let text = "role,framework,framework_version,skill,level\n,Core,2026,Team,3\nAnalyst,Core,2027,Team,3\n"
        #expect(RoleProfileCSV.read(text, skill: Self.skill) == .rejected([
            .init(line: 2, column: "role", message: "name the role the row belongs to"),
            .init(line: 3, column: "skill", message: "no skill \"Team\" in a stored framework \"Core 2027\""),
        ]))
        #expect(RoleProfileCSV.read("role,level\n", skill: Self.skill)
            == .rejected([.init(line: 1, column: nil, message: "the header lacks framework, framework_version, skill")]))
        let role = RoleProfileCSV.Role(input: RoleProfileInput(name: "A"), line: 7, requirementLines: [7, 9])
        #expect(RoleProfileCSV.problems([FieldError("requirements[1].level", "Skill 2: too high"), FieldError("name", "taken")], of: role)
            .map(\.description) == ["Line 9, level: Skill 2: too high", "Line 7, name: taken"])
    }

    @Test func aFieldTheExportGuardedAgainstSpreadsheetFormulasReadsBackAsWritten() {
        let text = RoleProfileCSV.write([.init(role: "-Ops", description: "=Runs things", framework: "Core", version: "2026", code: "TEAM",
                                               skill: "Teamwork", level: 3, essential: true)])
        #expect(text.contains("'-Ops,'=Runs things"))
        guard case .roles(let roles) = RoleProfileCSV.read(text, skill: Self.skill) else { Issue.record("rejected"); return }
        #expect(roles[0].input.name == "-Ops" && roles[0].input.description == "=Runs things" && roles[0].describes)
        guard case .roles(let bare) = RoleProfileCSV.read("role,framework,framework_version,skill_code,skill,level\nOps,Core,2026,TEAM,,3\n",
                                                          skill: Self.skill) else { Issue.record("rejected"); return }
        #expect(!bare[0].describes && bare[0].input.description == nil)
    }
}
