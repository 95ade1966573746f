import StrideCore
import Vapor

/// The staff form as posted, kept as typed so it can be shown again with its errors.
struct StaffForm: Content, VersionedForm {
    var name: String?
    var email: String?
    var staffNumber: String?
    var grade: String?
    var jobTitle: String?
    var entryOnDuty: String?
    var contractType: String?
    var status: String?
    var contractEnd: String?
    var unit: String?
    var supervisor: String?
    /// A role id from the role select; empty for none.
    var role: String?
    /// The version of the record the form was made from.
    var version: Int?

    var edit: StaffService.Edit {
        .init(input: StaffInput(name: name, email: email, staffNumber: staffNumber, grade: grade, jobTitle: jobTitle,
                                entryOnDuty: entryOnDuty, contractType: contractType, status: status, contractEnd: contractEnd),
              unit: unit, supervisor: supervisor, role: role, version: version)
    }

    /// The form's controls, in page order.
    func fields(units: [UnitRecord], roles: [RoleProfileQueries.Choice], errors: [FieldError]) -> [FormField] {
        [
            FormField("name", .text, label: "Full name", value: name, errors: errors, autocomplete: "off"),
            FormField("email", .email, label: "Email address", value: email, errors: errors, autocomplete: "off"),
            FormField("staffNumber", .text, label: "Staff ID", value: staffNumber, errors: errors, width: "10"),
            FormField("grade", .text, label: "Grade", hint: "For example P3, G5 or D1", value: grade, errors: errors, width: "10"),
            FormField("jobTitle", .text, label: "Job title", value: jobTitle, errors: errors),
            FormField("role", .select, label: "Job role", hint: "Whose required skills this person's skills are measured against",
                      value: role, errors: errors,
                      options: [.init(value: "", label: "No role", selected: (role ?? "").isEmpty)] + roles.map {
                          .init(value: $0.id.uuidString, label: $0.name, selected: $0.id.uuidString.lowercased() == role?.lowercased())
                      }),
            FormField("unit", .select, label: "Unit", value: unit, errors: errors,
                      options: FormField.unitOptions(units, selected: unit, none: "No unit")),
            FormField("supervisor", .text, label: "Supervisor (optional)", hint: "The supervisor's staff ID or email address",
                      value: supervisor, errors: errors, width: "20"),
            FormField("entryOnDuty", .date, label: "Entry on duty date", hint: "For example 2026-03-01",
                      value: entryOnDuty, errors: errors, width: "10"),
            FormField("contractType", .radios, label: "Contract type", value: contractType, errors: errors,
                      options: FormField.options(ContractType.self, selected: contractType) { $0.displayName }),
            FormField("contractEnd", .date, label: "Contract end or separation date (optional)",
                      hint: "No appraisal cycle runs past it: the running cycle is cut there and its End of Cycle falls due. "
                          + "Move it later when the contract is extended.",
                      value: contractEnd, errors: errors, width: "10"),
            FormField("status", .radios, label: "Status", hint: "Separated staff keep their records but cannot sign in.",
                      value: status, errors: errors,
                      options: FormField.options(EmploymentStatus.self, selected: status) { $0.displayName }),
        ]
    }
}

extension StaffForm {
    /// A form filled in from a stored record.
    init(_ staff: StaffRecord, supervisorNumber: String?, roleID: UUID?, version: Int) {
        let input = StaffInput(staff.details)
        self.init(name: input.name, email: input.email, staffNumber: input.staffNumber, grade: input.grade,
                  jobTitle: input.jobTitle, entryOnDuty: input.entryOnDuty, contractType: input.contractType,
                  status: input.status, contractEnd: input.contractEnd, unit: staff.unitID?.uuidString, supervisor: supervisorNumber,
                  role: roleID?.uuidString, version: version)
    }
}
