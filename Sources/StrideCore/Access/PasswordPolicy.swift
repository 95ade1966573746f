/// What makes an acceptable password. Length is what matters (NIST SP 800-63B): no
/// composition rules, paste allowed, long pass phrases welcome.
public enum PasswordPolicy {
    public static let minimumLength = 12
    public static let maximumLength = 128

    /// Checks a new password chosen by its owner. Field ids match the change-password form.
    public static func validateNew(
        _ password: String?, confirmation: String?, email: String, current: String? = nil
    ) -> [FieldError] {
        var check = FieldChecker()
        let password = password ?? ""
        if password.isEmpty {
            check.add("newPassword", "Enter a new password")
        } else if password.count < minimumLength {
            check.add("newPassword", "Password must be \(minimumLength) characters or more")
        } else if password.count > maximumLength {
            check.add("newPassword", "Password must be \(maximumLength) characters or fewer")
        } else if [email, String(email.split(separator: "@").first ?? "")].contains(where: {
            $0.lowercased() == password.lowercased()
        }) {
            check.add("newPassword", "Password must not be your email address")
        } else if let current, password == current {
            check.add("newPassword", "Choose a password different from the one you have now")
        }
        if !password.isEmpty, confirmation != password {
            check.add("confirmPassword", "Enter the same password twice")
        }
        return check.errors
    }
}

/// One-time passwords that HR hands out: long enough to resist guessing for the short time
/// they live, and easy to read aloud or copy from a printout (no 0/O or 1/l/I).
public enum OneTimePassword {
    static let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")

    /// Four groups of four characters, like `k7mq-2xph-r9ta-wc4e` (about 79 bits).
    public static func generate<R: RandomNumberGenerator>(using generator: inout R) -> String {
        (0..<4).map { _ in
            String((0..<4).map { _ in alphabet.randomElement(using: &generator)! })
        }.joined(separator: "-")
    }

    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return generate(using: &generator)
    }
}
