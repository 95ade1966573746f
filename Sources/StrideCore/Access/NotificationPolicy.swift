import Foundation

/// A notification, as its access policy needs it: whose it is.
public struct NotificationSubject: AccessSubject, Equatable {
    public typealias Policy = NotificationPolicy
    public let recipientID: UUID

    public init(recipientID: UUID) {
        self.recipientID = recipientID
    }
}

/// A notification is its recipient's alone (HR sees the e-mail outbox, not people's notifications).
public enum NotificationPolicy: AccessPolicy {
    public enum Action: Sendable { case open }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: NotificationSubject) -> AccessDecision {
        viewer.staffID == subject.recipientID ? .allowed : .forbidden
    }
}
