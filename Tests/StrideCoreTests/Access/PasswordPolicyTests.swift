import StrideCore
import Testing

@Suite struct PasswordPolicyTests {
    @Test func acceptsALongPassPhrase() {
        #expect(PasswordPolicy.validateNew("correct horse battery", confirmation: "correct horse battery", email: "a@b.org").isEmpty)
    }

    @Test func explainsEachProblemOnItsField() {
        #expect(PasswordPolicy.validateNew("", confirmation: "", email: "a@b.org") == [FieldError("newPassword", "Enter a new password")])
        #expect(PasswordPolicy.validateNew("short", confirmation: "short", email: "a@b.org")
            == [FieldError("newPassword", "Password must be 12 characters or more")])
        #expect(PasswordPolicy.validateNew("jane.doe@example.org", confirmation: "jane.doe@example.org", email: "jane.doe@example.org")
            == [FieldError("newPassword", "Password must not be your email address")])
        #expect(PasswordPolicy.validateNew("a long enough one", confirmation: "a long enough two", email: "a@b.org")
            == [FieldError("confirmPassword", "Enter the same password twice")])
        #expect(PasswordPolicy.validateNew("k7mq-2xph-r9ta-wc4e", confirmation: "k7mq-2xph-r9ta-wc4e", email: "a@b.org",
                                           current: "k7mq-2xph-r9ta-wc4e").map(\.field) == ["newPassword"])
    }

    @Test func oneTimePasswordsAreReadableAndVary() {
        let first = OneTimePassword.generate()
        #expect(first.count == 19)
        #expect(first.split(separator: "-").count == 4)
        #expect(!first.contains { "01ilo".contains($0) })
        #expect(first != OneTimePassword.generate())
    }
}
