import Foundation

/// Recognition one colleague gives another for a piece of work: a short text, optionally linked
/// to one of the receiver's outputs. It is part of the everyday feedback the framework asks for
/// ("what is going well, in order to recognize and reinforce it").
public struct RecognitionDetails: Sendable, Equatable {
    public let receiverID: UUID
    public let text: String
    /// The output's key in the receiver's current plan, when the giver linked one.
    public let outputKey: UUID?

    public init(receiverID: UUID, text: String, outputKey: UUID?) {
        self.receiverID = receiverID
        self.text = text
        self.outputKey = outputKey
    }
}

/// Recognition as typed.
public struct RecognitionInput: Sendable, Equatable {
    public static let maxLength = 600

    public var receiver: UUID?
    public var text: String?
    public var output: String?

    public init(receiver: UUID?, text: String?, output: String?) {
        self.receiver = receiver
        self.text = text
        self.output = output
    }

    /// The recognition, or the problems on `colleague` (someone active, not the giver), `text`
    /// and `output` (one of `outputs`, the receiver's current outputs the giver may see).
    public func validate(giver: UUID, active: Bool, outputs: Set<UUID>) -> Validated<RecognitionDetails> {
        var check = FieldChecker()
        if receiver == nil || !active {
            check.add("colleague", "Choose a colleague by their staff ID or email")
        } else if receiver == giver {
            check.add("colleague", "Recognition is for a colleague's work, not your own")
        }
        let written = check.required("text", text, name: "Recognition", missing: "Say what the work was and why it mattered",
                                     maxLength: Self.maxLength, multiline: true)
        let raw = (output ?? "").trimmingCharacters(in: .whitespaces)
        var key: UUID?
        if !raw.isEmpty {
            if let chosen = UUID(uuidString: raw), outputs.contains(chosen) { key = chosen }
            else { check.add("output", "Choose one of the colleague's current outputs, or none") }
        }
        return check.result(RecognitionDetails(receiverID: receiver!, text: written, outputKey: key))
    }
}

/// Recognition as its access policy sees it: who gave it and whose record it is on.
public struct RecognitionSubject: AccessSubject, Equatable {
    public typealias Policy = RecognitionPolicy
    public let receiver: StaffSubject
    public let giverID: UUID?

    public init(receiver: StaffSubject, giverID: UUID?) {
        self.receiver = receiver
        self.giverID = giverID
    }
}

/// Who gives and sees recognition. Anyone gives it to anyone but themselves; it is seen by the
/// receiver, the giver, and those who see the receiver's staff record (their managers, the chief
/// of their unit, HR), so it shows on the profile and beside the End of Cycle form.
public enum RecognitionPolicy: AccessPolicy {
    public enum Action: Sendable { case give, view }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: RecognitionSubject) -> AccessDecision {
        switch action {
        case .give:
            return viewer.staffID == subject.receiver.staffID ? .refused("Recognition is for a colleague's work, not your own") : .allowed
        case .view:
            return viewer.staffID == subject.giverID || StaffPolicy.decide(viewer, .view, subject.receiver).isAllowed ? .allowed : .forbidden
        }
    }
}
