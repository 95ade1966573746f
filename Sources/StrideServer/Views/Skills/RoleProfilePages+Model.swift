import Foundation
import StrideCore

/// The list of job roles (`roles/index`).
struct RoleProfileIndexModel: Encodable {
    struct Row: Encodable {
        let name: String
        let href: String
        let description: String?
        let skills: Int
        let holders: Int
    }

    let rows: [Row]
    let newHref: String?
    /// HR's rounds of skills assessment.
    let roundsHref: String?
    let exportHref = StridePath.roleProfilesExport.href
    let importHref: String?

    init(_ roles: [RoleProfileQueries.Listed], canAdd: Bool) {
        rows = roles.map {
            Row(name: $0.name, href: StridePath.roleProfile($0.id).href, description: $0.description,
                skills: $0.requirement_count, holders: $0.holder_count)
        }
        newHref = canAdd ? StridePath.newRoleProfile.href : nil
        roundsHref = canAdd ? StridePath.skillRounds.href : nil
        importHref = canAdd ? StridePath.roleProfilesImport.href : nil
    }
}

/// One job role and the skills it requires (`roles/show`).
struct RoleProfileShowModel: Encodable {
    struct Requirement: Encodable {
        let skill: String
        let skillHref: String?
        let framework: String
        let level: Int
        let importance: String
        let isEssential: Bool
    }

    let name: String
    let description: String?
    let requirements: [Requirement]
    let holders: String
    let editHref: String?
    /// HR's form to give the role to everyone with a job title.
    let assignAction: String?
    let assignFields: [FormField]

    init(_ role: RoleProfile, requirements: [SkillRequirement], frameworkOf: [UUID: UUID], holders: Int, canEdit: Bool,
         assignErrors: [FieldError]) throws {
        name = role.name
        description = role.description
        self.requirements = requirements.map { requirement in
            Requirement(skill: requirement.skill.name,
                        skillHref: frameworkOf[requirement.skill.id].map { StridePath.skill(framework: $0, skill: requirement.skill.id).href },
                        framework: requirement.skill.frameworkName, level: requirement.level,
                        importance: requirement.essential ? "Essential" : "Desirable", isEssential: requirement.essential)
        }
        self.holders = holders == 0 ? "Nobody holds this role yet." : "\(DisplayNumber.counted(holders, "person", "people")) hold this role."
        editHref = canEdit ? StridePath.editRoleProfile(try role.requireID()).href : nil
        assignAction = canEdit ? StridePath.assignRoleProfile(try role.requireID()).href : nil
        assignFields = canEdit ? [FormField("jobTitle", .text, label: "Job title",
                                            hint: "Everyone active with this job title, in any case, gets the role; it replaces any role they hold",
                                            value: nil, errors: assignErrors, width: "20")] : []
    }
}
