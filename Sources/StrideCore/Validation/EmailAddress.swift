/// Email address checks. Deliberately loose: the only reliable test of an address is sending
/// to it, so this catches typing slips (no @, spaces, no domain dot) and nothing more.
public enum EmailAddress {
    public static func isPlausible(_ text: String) -> Bool {
        guard text.count <= 254, !text.contains(where: { $0.isWhitespace || $0 == "," || $0 == ";" }),
              !text.unicodeScalars.contains(where: TextRule.isControl) else { return false }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].count >= 3 else { return false }
        let domain = parts[1]
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".") && !domain.contains("..")
    }

    public static func normalised(_ text: String) -> String {
        text.trimmed(.whitespacesAndNewlines).lowercased()
    }
}
