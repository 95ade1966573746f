import Fluent
import StrideCore
import Vapor

/// Makes a person an HR administrator and prints a one-time password for them: the way into
/// a new installation, or back in when every administrator is locked out.
struct CreateAdminCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "email", help: "The administrator's email address")
        var email: String
        @Option(name: "name", help: "Full name, when the person is not yet a staff member")
        var name: String?
        @Option(name: "staff-id", help: "Staff ID, when the person is not yet a staff member")
        var staffID: String?
    }

    var help: String { "Grants the HR administrator role to EMAIL (creating the staff member if needed) and prints a one-time password." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let email = EmailAddress.normalised(signature.email)
        guard EmailAddress.isPlausible(email) else { throw StrideError.badRequest("\(signature.email) is not an email address") }
        let staff: StaffMember
        if let existing = try await StaffMember.query(on: app.db).filter(\.$email == email).first() {
            staff = existing
        } else {
            let local = String(email.split(separator: "@").first ?? "admin")
            let input = StaffInput(
                name: signature.name ?? local.split(separator: ".").map { $0.capitalized }.joined(separator: " "),
                email: email, staffNumber: signature.staffID ?? "ADMIN-\(local.uppercased().filter { $0.isLetter || $0.isNumber })",
                grade: "—", jobTitle: "HR administrator", entryOnDuty: app.clock.today().iso,
                contractType: ContractType.regular.rawValue, status: EmploymentStatus.active.rawValue)
            switch input.validate() {
            case .invalid(let errors):
                throw StrideError.badRequest(errors.map(\.message).joined(separator: "; "))
            case .valid(let details):
                if try await StaffMember.query(on: app.db).filter(\.$staffNumber == details.staffNumber).first() != nil {
                    throw StrideError.conflict("Staff ID \(details.staffNumber) is taken; pass --staff-id")
                }
                staff = StaffMember(details: details, unitID: nil, supervisorID: nil)
                try await app.db.transaction { db in
                    try await staff.create(on: db)
                    try await db.audit("create", "staff_member", id: staff.id, by: nil, at: app.clock.now(),
                                       "Created \(details.name) (\(details.staffNumber)) with create-admin")
                }
            }
        }
        guard staff.status == .active else { throw StrideError.conflict("\(staff.name) has separated and cannot be an administrator") }
        var roles = Set(try await RoleGrant.query(on: app.db).filter(\.$staffMember.$id == staff.requireID()).all().map(\.role))
        roles.insert(.hrAdministrator)
        let id = try staff.requireID()
        try await Accounts.setGrantedRoles(roles, staff: staff, by: id, app: app, on: app.db)
        if let account = try await Account.query(on: app.db).filter(\.$staffMember.$id == id).first(), account.disabled {
            try await Accounts.setDisabled(false, staff: staff, by: id, app: app, on: app.db)
        }
        let issued = try await Accounts.issueOneTimePasswords(for: [staff], by: nil, app: app, on: app.db)
        context.console.info("\(staff.name) <\(email)> is an HR administrator.")
        context.console.print("One-time password (shown once): \(issued[0].1)")
        context.console.print("They must choose their own password when they first sign in.")
    }
}
