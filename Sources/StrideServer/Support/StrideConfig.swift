import Vapor

/// Settings read once from the environment at start-up.
public struct StrideConfig: Sendable, Equatable {
    public enum Storage: Sendable, Equatable {
        case sqliteFile(path: String)
        case sqliteMemory
        case postgres(url: String)
    }

    public var storage: Storage
    /// Send the session cookie only over HTTPS. On by default in production, where Stride
    /// sits behind TLS; off for `http://127.0.0.1` development.
    public var secureCookies: Bool
    /// Sign-in sessions end after this long without a request.
    public var sessionIdleTimeout: TimeInterval
    /// Behind a load balancer every request comes from the balancer's address; when it is
    /// trusted, the client's address is the last one it appended to `X-Forwarded-For`.
    public var trustForwardedFor: Bool
    /// The address people reach Stride at, for the links in e-mail.
    public var publicURL: String
    /// Requests a minute each API caller may make on this server (`APIRateLimitMiddleware`); 0 for no limit.
    public var apiRateLimit = Self.defaultAPIRateLimit
    /// Seconds the figures that are the same whoever asks (HR's and managers' dashboards, the
    /// alignment tree) may be old (`FigureCaches`); 0 computes them for every request.
    public var dashboardRefreshSeconds = Self.defaultDashboardRefreshSeconds
    static let defaultAPIRateLimit = 600
    static let defaultDashboardRefreshSeconds = 30
    /// Where e-mail goes; nil keeps it in the outbox, where HR sees it.
    var mail: SMTPSettings?

    public init(storage: Storage, secureCookies: Bool, sessionIdleTimeout: TimeInterval = 8 * 3600,
                trustForwardedFor: Bool = false, publicURL: String = "http://127.0.0.1:8080") {
        self.storage = storage
        self.secureCookies = secureCookies
        self.sessionIdleTimeout = sessionIdleTimeout
        self.trustForwardedFor = trustForwardedFor
        self.publicURL = publicURL
    }

    /// Reads `DATABASE_URL`, `STRIDE_DB_PATH`, `STRIDE_SECURE_COOKIES`, `STRIDE_SESSION_IDLE_MINUTES`,
    /// `STRIDE_TRUST_FORWARDED_FOR`, `STRIDE_PUBLIC_URL`, `STRIDE_API_RATE_LIMIT`, `STRIDE_DASHBOARD_REFRESH_SECONDS` and the `SMTP_`
    /// settings (`SMTPSettings`).
    /// Fails listing every variable that is set but unusable.
    public static func fromEnvironment(_ env: [String: String], environment: Environment) throws -> StrideConfig {
        var problems: [String] = []
        let storage: Storage
        if let url = env["DATABASE_URL"], !url.isEmpty {
            if !(url.hasPrefix("postgres://") || url.hasPrefix("postgresql://")) {
                problems.append("DATABASE_URL must be a postgres:// or postgresql:// URL")
            }
            storage = .postgres(url: url)
        } else if let path = env["STRIDE_DB_PATH"], !path.isEmpty {
            storage = .sqliteFile(path: path)
        } else {
            storage = environment == .testing ? .sqliteMemory : .sqliteFile(path: "stride.sqlite")
        }
        func flag(_ name: String, default value: Bool) -> Bool {
            guard let raw = env[name] else { return value }
            switch raw.lowercased() {
            case "1", "true", "yes": return true
            case "0", "false", "no": return false
            default:
                problems.append("\(name) must be true or false")
                return value
            }
        }
        let secure = flag("STRIDE_SECURE_COOKIES", default: environment == .production)
        let trustForwardedFor = flag("STRIDE_TRUST_FORWARDED_FOR", default: false)
        var idle: TimeInterval = 8 * 3600
        if let raw = env["STRIDE_SESSION_IDLE_MINUTES"] {
            if let minutes = Int(raw), minutes > 0 { idle = TimeInterval(minutes * 60) } else {
                problems.append("STRIDE_SESSION_IDLE_MINUTES must be a whole number of minutes")
            }
        }
        let publicURL = (env["STRIDE_PUBLIC_URL"] ?? "http://127.0.0.1:8080").trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        if !(publicURL.hasPrefix("http://") || publicURL.hasPrefix("https://")) {
            problems.append("STRIDE_PUBLIC_URL must be an http:// or https:// address")
        }
        var mail: SMTPSettings?
        switch SMTPSettings.fromEnvironment(env) {
        case .success(let settings): mail = settings
        case .failure(.configuration(let found)): problems += found
        case .failure(let other): problems.append(other.localizedDescription)
        }
        // Tests make hundreds of API calls a minute as one person; the limit has its own test.
        var rateLimit = environment == .testing ? 0 : Self.defaultAPIRateLimit
        if let raw = env["STRIDE_API_RATE_LIMIT"] {
            if let perMinute = Int(raw), perMinute >= 0 { rateLimit = perMinute } else {
                problems.append("STRIDE_API_RATE_LIMIT must be a whole number of requests a minute (0 for no limit)")
            }
        }
        // Tests read the figures right after changing them.
        var refresh = environment == .testing ? 0 : Self.defaultDashboardRefreshSeconds
        if let raw = env["STRIDE_DASHBOARD_REFRESH_SECONDS"] {
            if let seconds = Int(raw), (0...3600).contains(seconds) { refresh = seconds } else {
                problems.append("STRIDE_DASHBOARD_REFRESH_SECONDS must be a whole number of seconds from 0 to 3600")
            }
        }
        guard problems.isEmpty else { throw StrideError.configuration(problems) }
        var config = StrideConfig(storage: storage, secureCookies: secure, sessionIdleTimeout: idle,
                                  trustForwardedFor: trustForwardedFor, publicURL: publicURL)
        config.mail = mail
        config.apiRateLimit = rateLimit
        config.dashboardRefreshSeconds = refresh
        return config
    }
}
