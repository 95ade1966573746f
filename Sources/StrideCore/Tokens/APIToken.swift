import Foundation

/// What a personal access token may do: read only, or read and write. Either way it acts with
/// exactly the rights of the person it belongs to, never more.
public enum TokenScope: String, Sendable, Codable, CaseIterable {
    case read
    case readWrite = "read-write"

    public var displayName: String {
        switch self {
        case .read: "Read only"
        case .readWrite: "Read and write"
        }
    }

    /// Whether a request with this HTTP method is within the scope: a read token makes only safe
    /// requests (GET, HEAD, OPTIONS).
    public func allows(method: String) -> Bool {
        self == .readWrite || ["GET", "HEAD", "OPTIONS"].contains(method.uppercased())
    }
}

/// Whether a token is a person's own or a service token an HR administrator made for an
/// integration, acting as HR.
public enum TokenKind: String, Sendable, Codable, CaseIterable {
    case personal
    case service
}

/// A token as asked for: its name, scope and when it expires.
public struct APITokenInput: Sendable, Equatable {
    public var name: String?
    public var scope: String?
    public var expiresAt: String?

    /// Tokens last 90 days unless asked otherwise, and at most a year: a leaked token dies.
    public static let defaultDays = 90
    public static let maxDays = 366

    public init(name: String? = nil, scope: String? = nil, expiresAt: String? = nil) {
        self.name = name
        self.scope = scope
        self.expiresAt = expiresAt
    }

    /// The token's settings, or the problems on `name`, `scope` and `expiresAt` (after today,
    /// within a year; 90 days when left out). A token expires at the start of its day, UTC.
    public func validate(today: CalendarDate) -> Validated<(name: String, scope: TokenScope, expiresOn: CalendarDate)> {
        var check = FieldChecker()
        let name = check.required("name", name, name: "Name", missing: "Name the token after what uses it, like Payroll sync", maxLength: 100)
        let scope: TokenScope? = check.choice("scope", scope, missing: "Choose read or read-write")
        var expires = today.adding(days: Self.defaultDays)
        if let raw = expiresAt?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            // An instant is accepted too (the API's `expiresAt`): its day counts.
            if let day = CalendarDate(iso: String(raw.prefix(10))), raw.count == 10 || raw.dropFirst(10).first == "T" {
                if day <= today { check.add("expiresAt", "The token must expire after today") }
                else if day > today.adding(days: Self.maxDays) { check.add("expiresAt", "A token lasts at most a year: choose \(today.adding(days: Self.maxDays).iso) or earlier") }
                expires = day
            } else {
                check.add("expiresAt", "Give the expiry as a date, like \(today.adding(days: 30).iso)")
            }
        }
        return check.result((name, scope!, expires))
    }
}

/// The secret's shape: a fixed prefix (so a leaked token is recognisable, and scanners can find
/// it), then 43 URL-safe characters of randomness (32 bytes). Only its hash is stored; the first
/// characters after the prefix are kept to tell tokens apart in lists.
public enum APITokenSecret {
    public static let prefix = "stride_pat_"
    public static let randomLength = 43
    public static let shownLength = 6

    /// The secret for 32 random bytes.
    public static func make(_ bytes: [UInt8]) -> String {
        precondition(bytes.count == 32, "A token is made from 32 random bytes")
        let base64 = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        return prefix + base64
    }

    /// The secret in an `Authorization: Bearer …` header, if it has the token's shape.
    public static func bearer(_ header: String?) -> String? {
        guard let header else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        guard token.hasPrefix(prefix), token.count == prefix.count + randomLength,
              token.dropFirst(prefix.count).allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else { return nil }
        return token
    }

    /// What lists show of a token: its prefix and first characters.
    public static func shown(_ token: String) -> String { String(token.prefix(prefix.count + shownLength)) + "…" }
}

/// Whether a stored token still works at `now`: not revoked and not expired.
public struct APITokenState: Sendable, Equatable {
    public let expiresAt: Date
    public let revokedAt: Date?

    public init(expiresAt: Date, revokedAt: Date?) {
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
    }

    public func isUsable(at now: Date) -> Bool { revokedAt == nil && now < expiresAt }
}
