import Foundation
import Vapor

/// Names of what Stride keeps in a session, in one place.
enum SessionKeys {
    static let staffID = "staff_id"
    static let lastSeen = "last_seen"
    static let csrf = "csrf"
    static let flash = "flash"
    static let oneTimePassword = "one_time_password"
}

extension Request {
    /// Puts a one-off success message in the session for the next page to show.
    func flash(_ message: String) {
        session.data[SessionKeys.flash] = message
    }

    /// Takes the pending flash message, so it shows exactly once.
    func takeFlash() -> String? {
        guard hasSession, let message = session.data[SessionKeys.flash] else { return nil }
        session.data[SessionKeys.flash] = nil
        return message
    }
}
