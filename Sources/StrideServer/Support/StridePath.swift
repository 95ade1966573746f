import Fluent
import Foundation
import Vapor

/// One path of the web interface, written once as a template ("/units/:unitID/edit").
/// Routes are registered from `components` and links are built with `link(_:)`, so a renamed
/// route breaks the build rather than a link.
struct RoutePath: Sendable {
    let template: String

    init(_ template: String) { self.template = template }

    var components: [PathComponent] {
        template.split(separator: "/").map { PathComponent(stringLiteral: String($0)) }
    }

    /// The template with its parameters filled in, in order.
    func link(_ values: UUID...) -> String {
        var remaining = values[...]
        let parts = template.split(separator: "/").map { part -> String in
            guard part.hasPrefix(":"), let value = remaining.popFirst() else { return String(part) }
            return value.uuidString.lowercased()
        }
        return "/" + parts.joined(separator: "/")
    }
}

/// Every path of the web interface.
enum StridePath {
    static let home = RoutePath("/")
    static let login = RoutePath("/login")
    static let logout = RoutePath("/logout")
    static let changePassword = RoutePath("/account/password")

    static let units = RoutePath("/units")
    static let newUnit = RoutePath("/units/new")
    static let unit = RoutePath("/units/:unitID")
    static let editUnit = RoutePath("/units/:unitID/edit")

    static let staff = RoutePath("/staff")
    static let newStaff = RoutePath("/staff/new")
    static let staffMember = RoutePath("/staff/:staffID")
    static let editStaff = RoutePath("/staff/:staffID/edit")
    static let oneTimePassword = RoutePath("/staff/:staffID/one-time-password")
    static let accountStatus = RoutePath("/staff/:staffID/account-status")
    static let roles = RoutePath("/staff/:staffID/roles")

    static let workgroups = RoutePath("/workgroups")
    static let newWorkgroup = RoutePath("/workgroups/new")
    static let workgroup = RoutePath("/workgroups/:workgroupID")
    static let editWorkgroup = RoutePath("/workgroups/:workgroupID/edit")
    static let workgroupMembers = RoutePath("/workgroups/:workgroupID/members")
    static let removeWorkgroupMember = RoutePath("/workgroups/:workgroupID/members/:staffID/remove")

    static let frameworks = RoutePath("/frameworks")
    static let importFramework = RoutePath("/frameworks/import")
    static let pendingFrameworkImport = RoutePath("/frameworks/import/:pendingID")
    static let framework = RoutePath("/frameworks/:frameworkID")
    static let frameworkExport = RoutePath("/frameworks/:frameworkID/export")
    static let skill = RoutePath("/frameworks/:frameworkID/skills/:skillID")

    static let apiFrameworks = RoutePath("/api/v1/frameworks")
    static let apiFramework = RoutePath("/api/v1/frameworks/:frameworkID")

    static let importStaff = RoutePath("/admin/import-staff")
    static let accounts = RoutePath("/admin/accounts")
    static let oneTimePasswordBatch = RoutePath("/admin/accounts/one-time-passwords")
}

extension Request {
    /// A UUID route parameter, or 404 when it is not a UUID (a mistyped link is "not found").
    func uuid(_ name: String) throws -> UUID {
        guard let raw = parameters.get(name), let id = UUID(uuidString: raw) else {
            throw StrideError.notFound("The page")
        }
        return id
    }
}

extension Request {
    /// The record named by a UUID route parameter, or 404 naming what was missing.
    func find<M: Model>(_ type: M.Type, _ parameter: String, _ what: String) async throws -> M where M.IDValue == UUID {
        guard let record = try await M.find(try uuid(parameter), on: db) else { throw StrideError.notFound(what) }
        return record
    }
}
