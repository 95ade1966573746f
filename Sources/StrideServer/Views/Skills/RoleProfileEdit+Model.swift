import Foundation
import StrideCore

/// The role form's page (`grouped-form`): name, description, the required skills as a group.
enum RoleProfileEditModel {
    static let save = FormButton("Save role", value: "save", style: .primary)

    static func make(role: RoleProfile?, form: RoleProfileForm, skills: [SkillRefs.Listed], errors: [FieldError]) throws -> GroupedFormModel {
        let page = form.page(skills: skills, errors: errors, saveButton: Self.save)
        let cancel = try role.map { StridePath.roleProfile(try $0.requireID()).href } ?? StridePath.roleProfiles.href
        return GroupedFormModel(
            heading: role.map { "Edit \($0.name)" } ?? "Add a role",
            action: try role.map { StridePath.editRoleProfile(try $0.requireID()).href } ?? StridePath.newRoleProfile.href,
            version: form.version, fields: page.fields, groups: [page.group],
            buttonBars: [FormButtons([Self.save], cancel: .init(label: "Cancel", href: cancel))])
    }
}
