import StrideCore
import Vapor

/// The workgroup form as posted, kept as typed.
struct WorkgroupForm: Content, VersionedForm {
    var name: String?
    var kind: String?
    var purpose: String?
    var startDate: String?
    var endDate: String?
    var lead: String?
    /// The version of the record the form was made from.
    var version: Int?

    var edit: WorkgroupService.Edit {
        .init(input: WorkgroupInput(name: name, kind: kind, purpose: purpose, startDate: startDate, endDate: endDate), lead: lead, version: version)
    }

    func fields(errors: [FieldError]) -> [FormField] {
        [
            FormField("name", .text, label: "Name", value: name, errors: errors),
            FormField("kind", .radios, label: "Kind of workgroup", value: kind, errors: errors,
                      options: FormField.options(WorkgroupKind.self, selected: kind) { $0.displayName }),
            FormField("purpose", .textarea, label: "Purpose", hint: "The shared objectives the workgroup is formed to achieve.",
                      value: purpose, errors: errors, maxLength: 2000),
            FormField("lead", .text, label: "Lead", hint: "The lead's staff ID or email address", value: lead,
                      errors: errors, width: "20"),
            FormField("startDate", .date, label: "Start date (optional)", hint: "For a temporary group. For example 2027-01-04",
                      value: startDate, errors: errors, width: "10"),
            FormField("endDate", .date, label: "End date (optional)", hint: "For a squad formed for an outcome. For example 2027-06-30",
                      value: endDate, errors: errors, width: "10"),
        ]
    }
}

/// The add-member form on a workgroup's page.
struct MemberForm: Content {
    var member: String?
    var role: String?

    var newMember: WorkgroupService.NewMember { .init(member: member, role: role) }

    func fields(errors: [FieldError]) -> [FormField] {
        [
            FormField("member", .text, label: "Staff ID or email", value: member, errors: errors, width: "20"),
            FormField("role", .text, label: "Role in the workgroup", hint: "For example Analyst or Product owner",
                      value: role, errors: errors, width: "20"),
        ]
    }
}
