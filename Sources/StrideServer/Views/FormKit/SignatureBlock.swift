/// Who has signed a form, and the declaration for whoever signs next (UI.md §4), for
/// `partials/signature-block`. Each signature is a summary card marked with a "Signed" tag,
/// so print and screen show the same record of name, role, time and audit reference.
struct SignatureBlock: Encodable, Sendable {
    struct Signature: Encodable, Sendable {
        let name: String
        /// "Appraisee", "Manager", "Second-level manager".
        let role: String
        /// As people read it, "2 March 2026, 14:05 UTC".
        let signedAt: String
        /// The same instant for `<time datetime>`, "2026-03-02T14:05:00Z".
        let timestamp: String?
        /// The audit row's id, so a printed copy can be traced to the record.
        let reference: String?
        /// What the signer added, such as why they disagree with a rating.
        let statement: String?
        let statementLabel: String

        init(name: String, role: String, signedAt: String, timestamp: String? = nil, reference: String? = nil,
             statement: String? = nil, statementLabel: String = "Statement") {
            self.name = name
            self.role = role
            self.signedAt = signedAt
            self.timestamp = timestamp
            self.reference = reference
            self.statement = statement
            self.statementLabel = statementLabel
        }
    }

    /// What the next signer agrees to, as plain text above a button named for the action. It is
    /// its own small form, so it carries its CSRF token and works inside any page.
    struct Declaration: Encodable, Sendable {
        let heading: String
        let paragraphs: [String]
        let action: String
        let csrfToken: String
        /// "Sign and submit appraisal", posting `intent=sign`.
        let button: FormButton

        init(heading: String = "Declaration", paragraphs: [String], action: String, csrfToken: String,
             button: FormButton) {
            self.heading = heading
            self.paragraphs = paragraphs
            self.action = action
            self.csrfToken = csrfToken
            self.button = button.styled(.primary)
        }
    }

    let heading: String?
    let signatures: [Signature]
    /// Nil once everyone has signed, and always in read-only and print views.
    let declaration: Declaration?

    init(heading: String? = "Signatures", signatures: [Signature], declaration: Declaration? = nil) {
        self.heading = heading
        self.signatures = signatures
        self.declaration = declaration
    }

    /// The same signatures without the sign form, for read-only and print views.
    var withoutDeclaration: SignatureBlock {
        SignatureBlock(heading: heading, signatures: signatures)
    }
}
