import Foundation
import StrideCore

/// The model of `account/tokens.leaf`: the person's tokens (and for HR the service tokens), a
/// new token's secret shown once, and the form to make one.
struct APITokensModel: Encodable {
    struct Row: Encodable {
        let name: String
        let shown: String
        let kind: String
        let scope: String
        let owner: String
        let created: String
        let expires: String
        let lastUsed: String
        let status: String
        let statusColour: String
        let revokeAction: String?
    }

    let rows: [Row]
    /// The secret just made: shown this once.
    let secret: String?
    let action: String
    let fields: [FormField]

    init(listed: [APITokenQueries.Listed], now: Date, secret: String?, mayMakeService: Bool, mayRevoke: (APIToken) -> Bool,
         posted: [String: String], errors: [FieldError]) {
        rows = listed.map { item in
            let token = item.token
            let usable = token.state.isUsable(at: now)
            return Row(name: token.name, shown: token.shown, kind: token.kind == .service ? "Service (acts as HR)" : "Personal",
                       scope: token.scope.displayName, owner: item.ownerName, created: DisplayDate.instant(token.createdAt),
                       expires: DisplayDate.instant(token.expiresAt), lastUsed: token.lastUsedAt.map(DisplayDate.instant) ?? "Never",
                       status: token.revokedAt != nil ? "Revoked" : usable ? "Active" : "Expired",
                       statusColour: usable ? "green" : "grey",
                       revokeAction: usable && mayRevoke(token) ? StridePath.revokeAPIToken(token.id!).href : nil)
        }
        self.secret = secret
        action = StridePath.apiTokens.href
        var fields = [
            FormField("name", .text, label: "Name", hint: "What uses it, like Payroll sync", value: posted["name"], errors: errors, width: "20"),
            FormField("scope", .radios, label: "Access", value: posted["scope"], errors: errors,
                      options: FormField.options(TokenScope.self, selected: posted["scope"]) { $0.displayName }),
            FormField("expiresAt", .date, label: "Expires (optional)", hint: "Within a year; in 90 days when left empty",
                      value: posted["expiresAt"], errors: errors, width: "10"),
        ]
        if mayMakeService {
            fields.append(FormField("kind", .radios, label: "Kind", value: posted["kind"] ?? TokenKind.personal.rawValue, errors: errors,
                                    options: [.init(value: "personal", label: "Personal: acts as you", selected: posted["kind"] != "service"),
                                              .init(value: "service", label: "Service: for an integration, acts as HR", selected: posted["kind"] == "service")]))
        }
        self.fields = fields
    }
}
