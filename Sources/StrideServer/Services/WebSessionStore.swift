import Crypto
import Fluent
import Foundation
import SQLKit
import Vapor

/// Vapor's session driver backed by the `web_sessions` table.
///
/// Sessions end after the idle timeout (activity pushes the end back, noted at most once a
/// minute) and in any case a week after they began. Expired rows are purged as new sessions are made. A person's
/// sessions can be ended together, as happens when their password changes or their account
/// is disabled.
struct WebSessionStore: AsyncSessionDriver {
    static let absoluteLifetime: TimeInterval = 7 * 24 * 3600

    func createSession(_ data: SessionData, for request: Request) async throws -> SessionID {
        let id = SessionID(string: [UInt8].random(count: 32).base64)
        let now = request.clock.now()
        try await WebSession.query(on: request.db).filter(\.$expiresAt < now).delete()
        let session = WebSession()
        session.id = Self.hash(id)
        session.createdAt = now
        try await write(data, to: session, request: request)
        return id
    }

    private struct SessionColumns: Decodable {
        let data: String
        let created_at: Date
        let expires_at: Date
        let staff_member_id: UUID?
    }

    /// Reads the session and, in the same query, the person it belongs to (see `SignedInUserQuery`),
    /// which `SignedInUserMiddleware` then takes from `request.sessionOwner`.
    func readSession(_ sessionID: SessionID, for request: Request) async throws -> SessionData? {
        guard let row = try await request.db.sql().raw("""
            SELECT w.data, w.created_at, w.expires_at, w.staff_member_id, \(SignedInUserQuery.columns), \(SignedInUserQuery.unreadColumn)
            FROM web_sessions w LEFT JOIN staff_members s ON s.id = w.staff_member_id
              LEFT JOIN accounts a ON a.staff_member_id = s.id
            WHERE w.key_hash = \(bind: Self.hash(sessionID))
            """).first() else { return nil }
        let session = try row.decode(model: SessionColumns.self)
        let now = request.clock.now()
        guard session.expires_at > now, session.created_at > now.addingTimeInterval(-Self.absoluteLifetime) else { return nil }
        let data = try JSONDecoder().decode(SessionData.self, from: Data(session.data.utf8))
        request.storage[AsRead.self] = data
        if let owner = session.staff_member_id {
            request.sessionOwner = (owner, try row.decode(model: SignedInUserQuery.Row.self))
        }
        return data
    }

    /// The session's data as this request read it, so an unchanged session is not written back.
    private struct AsRead: StorageKey { typealias Value = SessionData }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) async throws -> SessionID {
        // Most requests change nothing (the last-seen time moves at most once a minute): no write.
        if request.storage[AsRead.self] == data { return sessionID }
        guard let session = try await WebSession.find(Self.hash(sessionID), on: request.db) else {
            // Ended elsewhere while this request ran (sign-out, a password change, a disabled
            // account): start afresh, signed out, rather than bring the ended session back.
            var signedOut = data
            signedOut[SessionKeys.staffID] = nil
            return try await createSession(signedOut, for: request)
        }
        try await write(data, to: session, request: request)
        return sessionID
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) async throws {
        try await WebSession.query(on: request.db).filter(\.$id == Self.hash(sessionID)).delete()
    }

    private func write(_ data: SessionData, to session: WebSession, request: Request) async throws {
        session.data = String(decoding: try JSONEncoder().encode(data), as: UTF8.self)
        session.staffMemberID = data[SessionKeys.staffID].flatMap(UUID.init(uuidString:))
        session.expiresAt = request.clock.now().addingTimeInterval(request.application.strideConfig.sessionIdleTimeout)
        try await session.save(on: request.db)
    }

    /// Ends every session of a person, except optionally the one making the request.
    static func endSessions(of staffID: UUID, except current: SessionID? = nil, on db: any Database) async throws {
        let query = WebSession.query(on: db).filter(\.$staffMemberID == staffID)
        if let current { query.filter(\.$id != hash(current)) }
        try await query.delete()
    }

    static func hash(_ id: SessionID) -> String { SHA256.hex(id.string) }
}
