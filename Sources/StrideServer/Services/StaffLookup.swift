import Fluent
import StrideCore
import Vapor

/// Finding people by what a form or a file names them by: staff ID or email.
enum StaffLookup {
    /// An active or separated staff member by staff ID or email, as typed in a form (or by the
    /// record's id, as the API may send it).
    static func find(reference raw: String, on db: any Database) async throws -> StaffMember? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        if let id = UUID(uuidString: text) { return try await StaffMember.find(id, on: db) }
        if text.contains("@") {
            return try await StaffMember.query(on: db).filter(\.$email == text.lowercased()).first()
        }
        return try await StaffMember.query(on: db).filter(\.$staffNumber == text).first()
    }

    /// Resolves an optional staff reference field, adding an error when it names nobody.
    static func resolve(
        _ raw: String?, field: String, on db: any Database, errors: inout [FieldError]
    ) async throws -> StaffMember? {
        let text = (raw ?? "").trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        guard let staff = try await find(reference: text, on: db) else {
            errors.append(FieldError(field, "No staff member has the staff ID or email \(text)"))
            return nil
        }
        return staff
    }

    /// Codes of the given units, in one query.
    static func unitCodes(_ ids: [UUID?], on db: any Database) async throws -> [UUID: String] {
        let wanted = ids.compactMap { $0 }
        guard !wanted.isEmpty else { return [:] }
        let units = try await OrganisationalUnit.query(on: db).filter(\.$id ~~ wanted).all()
        return Dictionary(units.map { ($0.id!, $0.code) }, uniquingKeysWith: { a, _ in a })
    }
}

/// Why a save was refused, as an `Error` so it can travel in a `Result`: field errors, or a
/// record that changed since the form was made (the form then shows what changed).
struct FieldErrors: Error, Sendable {
    let errors: [FieldError]
    /// The record's version now, when someone saved it after the form was made.
    let staleSince: Int?

    init(_ errors: [FieldError]) {
        self.errors = errors
        staleSince = nil
    }

    init(stale currentVersion: Int) {
        errors = []
        staleSince = currentVersion
    }
}
