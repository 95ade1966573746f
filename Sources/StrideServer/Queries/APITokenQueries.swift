import Fluent
import Foundation
import StrideCore

/// API tokens as lists show them.
enum APITokenQueries {
    struct Listed: Sendable {
        let token: APIToken
        let ownerName: String
    }

    /// A person's own tokens and, for HR, every service token too, newest first.
    static func visible(to viewer: Viewer, on db: any Database) async throws -> [Listed] {
        let query = APIToken.query(on: db).join(StaffMember.self, on: \APIToken.$staffMember.$id == \StaffMember.$id)
        if viewer.isHRAdministrator {
            query.group(.or) { $0.filter(\.$staffMember.$id == viewer.staffID).filter(\.$kind == .service) }
        } else {
            query.filter(\.$staffMember.$id == viewer.staffID)
        }
        return try await query.sort(\.$createdAt, .descending).all().map { Listed(token: $0, ownerName: try $0.joined(StaffMember.self).name) }
    }
}

extension APIToken {
    var subject: APITokenSubject { APITokenSubject(ownerID: $staffMember.id, kind: kind) }
}
