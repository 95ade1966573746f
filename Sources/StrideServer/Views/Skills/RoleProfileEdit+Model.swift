import Foundation
import StrideCore

/// The role form's page (`roles/edit`): name, description, the required skills as a group.
struct RoleProfileEditModel: Encodable {
    let heading: String
    let action: String
    let version: Int?
    let fields: [FormField]
    /// One group; a list because Leaf has no `#let` (see `RepeatedGroup.blankItems`).
    let groups: [RepeatedGroup]
    let buttonBars: [FormButtons]

    static let save = FormButton("Save role", value: "save", style: .primary)

    init(role: RoleProfile?, form: RoleProfileForm, skills: [SkillRefs.Listed], errors: [FieldError]) throws {
        heading = role.map { "Edit \($0.name)" } ?? "Add a role"
        action = try role.map { StridePath.editRoleProfile(try $0.requireID()).href } ?? StridePath.newRoleProfile.href
        version = form.version
        let page = form.page(skills: skills, errors: errors, saveButton: Self.save)
        fields = page.fields
        groups = [page.group]
        let cancel = try role.map { StridePath.roleProfile(try $0.requireID()).href } ?? StridePath.roleProfiles.href
        buttonBars = [FormButtons([Self.save], cancel: .init(label: "Cancel", href: cancel))]
    }
}
