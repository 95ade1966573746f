/// The one rule for every text Stride stores, whether typed in a form, read from a CSV file or
/// a framework document, or sent to the API: no control characters (NUL, escape and the like;
/// tab and line breaks are allowed where a text may run over several lines), and no more than
/// a field's maximum length, counted in characters as a person sees them.
public enum TextRule {
    public enum Problem: Sendable, Equatable {
        case controlCharacter
        case tooLong(maximum: Int)
    }

    /// Why `text` cannot be stored, or nil when it can.
    public static func problem(in text: String, maxLength: Int, multiline: Bool = false) -> Problem? {
        let allowed: Set<Unicode.Scalar> = multiline ? ["\t", "\n", "\r"] : []
        if text.unicodeScalars.contains(where: { isControl($0) && !allowed.contains($0) }) { return .controlCharacter }
        if text.count > maxLength { return .tooLong(maximum: maxLength) }
        return nil
    }

    /// C0 and C1 control characters and DEL; other format characters (such as the joiners in
    /// emoji and some scripts) are text and stay.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// The problem as the end of a sentence that starts with the field's name:
    /// "Job title" + " must not contain control characters…".
    public static func describe(_ problem: Problem) -> String {
        switch problem {
        case .controlCharacter: "must not contain control characters (such as NUL or escape)"
        case .tooLong(let maximum): "must be \(maximum) characters or fewer"
        }
    }
}
