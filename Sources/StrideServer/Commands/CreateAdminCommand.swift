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
        try await app.migrateSchema()
        let services = app.serviceContext()
        let email = EmailAddress.normalised(signature.email)
        guard EmailAddress.isPlausible(email) else { throw StrideError.badRequest("\(signature.email) is not an email address") }
        var found = try await StaffMember.query(on: app.db).filter(\.$email == email).first()
        if found == nil { found = try await Self.createStaff(email: email, signature: signature, in: services) }
        guard let staff = found else { throw StrideError.notFound("The staff member") }
        guard staff.status == .active else { throw StrideError.conflict("\(staff.name) has separated and cannot be an administrator") }
        var roles = Set(try await RoleGrant.query(on: app.db).filter(\.$staffMember.$id == staff.requireID()).all().map(\.role))
        roles.insert(.hrAdministrator)
        try await AccountService.setGrantedRoles(roles, staff: staff, in: services)
        if let account = try await Account.query(on: app.db).filter(\.$staffMember.$id == staff.requireID()).first(), account.disabled {
            try await AccountService.setDisabled(false, staff: staff, in: services)
        }
        let issued = try await AccountService.issueOneTimePasswords(for: [staff], in: services)
        context.console.info("\(staff.name) <\(email)> is an HR administrator.")
        context.console.print("One-time password (shown once): \(issued[0].1)")
        context.console.print("They must choose their own password when they first sign in.")
    }

    /// A new staff member for the administrator, through the same service as the staff form.
    static func createStaff(email: String, signature: Signature, in services: ServiceContext) async throws -> StaffMember {
        let local = String(email.split(separator: "@").first ?? "admin")
        let input = StaffInput(
            name: signature.name ?? local.split(separator: ".").map { $0.capitalized }.joined(separator: " "),
            email: email, staffNumber: signature.staffID ?? "ADMIN-\(local.uppercased().filter { $0.isLetter || $0.isNumber })",
            grade: "—", jobTitle: "HR administrator", entryOnDuty: services.clock.today().iso,
            contractType: ContractType.regular.rawValue, status: EmploymentStatus.active.rawValue)
        switch try await StaffService.create(.init(input: input, unit: nil, supervisor: nil), in: services) {
        case .failure(let failure):
            let hint = failure.errors.contains { $0.field == "staffNumber" } ? " (pass --staff-id)" : ""
            throw StrideError.badRequest(failure.errors.map(\.message).joined(separator: "; ") + hint)
        case .success(let record):
            guard let staff = try await StaffMember.find(record.id, on: services.db) else { throw StrideError.notFound("The new staff member") }
            return staff
        }
    }
}
