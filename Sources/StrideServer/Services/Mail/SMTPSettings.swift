import Foundation

/// Where and how Stride sends e-mail, from the environment: `SMTP_HOST` (none: e-mail waits in
/// the outbox, where HR sees it), `SMTP_PORT` (587), `SMTP_SECURITY` (`starttls`, the default, or
/// `none` for a relay on a trusted network), `SMTP_USERNAME` and `SMTP_PASSWORD` (AUTH PLAIN or
/// LOGIN, only over TLS), `SMTP_FROM` (the sender's address), `SMTP_CA_FILE` (a PEM file of
/// certificates to trust instead of the system's, for a private relay).
struct SMTPSettings: Sendable, Equatable {
    enum Security: String, Sendable { case starttls, none }

    var host: String
    var port: Int
    var security: Security
    var username: String?
    var password: String?
    var from: String
    var caFile: String?

    /// The settings, nil when `SMTP_HOST` is not set, or the problems with those that are.
    static func fromEnvironment(_ env: [String: String]) -> Result<SMTPSettings?, StrideError> {
        guard let host = env["SMTP_HOST"], !host.isEmpty else { return .success(nil) }
        var problems: [String] = []
        let port = env["SMTP_PORT"].map { Int($0) } ?? 587
        if port == nil || !(1...65_535).contains(port!) { problems.append("SMTP_PORT must be a port number") }
        let security = Security(rawValue: (env["SMTP_SECURITY"] ?? "starttls").lowercased())
        if security == nil { problems.append("SMTP_SECURITY must be starttls or none") }
        let from = env["SMTP_FROM"] ?? ""
        if !from.contains("@") { problems.append("SMTP_FROM must be the sender's e-mail address") }
        let username = env["SMTP_USERNAME"].flatMap { $0.isEmpty ? nil : $0 }
        if username != nil, security == SMTPSettings.Security.none {
            problems.append("SMTP_USERNAME needs SMTP_SECURITY=starttls: a password is never sent in the clear")
        }
        guard problems.isEmpty else { return .failure(.configuration(problems)) }
        return .success(SMTPSettings(host: host, port: port!, security: security!, username: username, password: env["SMTP_PASSWORD"],
                                     from: from, caFile: env["SMTP_CA_FILE"].flatMap { $0.isEmpty ? nil : $0 }))
    }
}
