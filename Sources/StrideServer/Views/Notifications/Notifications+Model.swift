import Foundation
import StrideCore

/// The model of `notifications/index.leaf`: a person's notifications, unread first.
struct NotificationsModel: Encodable {
    struct Item: Encodable {
        let href: String
        let title: String
        let body: String
        let when: String
        let unread: Bool
    }

    let items: [Item]
    let unread: Int
    let readAction: String

    init(_ notifications: [StrideNotification]) {
        items = notifications.map {
            Item(href: StridePath.notification($0.id!).href, title: $0.title, body: $0.body, when: DisplayDate.instant($0.createdAt),
                 unread: $0.readAt == nil)
        }
        unread = notifications.filter { $0.readAt == nil }.count
        readAction = StridePath.readNotifications.href
    }
}

/// The model of `notifications/outbox.leaf`: HR's view of the e-mail outbox.
struct OutboxModel: Encodable {
    struct Row: Encodable {
        let to: String
        let subject: String
        let created: String
        let status: String
        let statusColour: String
        let detail: String?
    }

    let configured: Bool
    let waiting: Int
    let sent: Int
    let failed: Int
    let rows: [Row]

    init(configured: Bool, waiting: Int, sent: Int, failed: Int, latest: [OutboxMessage]) {
        self.configured = configured
        (self.waiting, self.sent, self.failed) = (waiting, sent, failed)
        rows = latest.map { message in
            let (status, colour): (String, String) = switch message.status {
            case "sent": ("Sent", "green")
            case "failed": ("Failed", "red")
            default: message.attempts == 0 ? ("Waiting", "blue") : ("To retry", "yellow")
            }
            var detail: String?
            if let sentAt = message.sentAt { detail = "Sent \(DisplayDate.instant(sentAt))" }
            else if let error = message.lastError {
                detail = "\(DisplayNumber.counted(message.attempts, "attempt")): \(error)"
                    + (message.status == "failed" ? "" : ". Next try \(DisplayDate.instant(message.nextAttemptAt)).")
            }
            return Row(to: message.toAddress, subject: message.subject, created: DisplayDate.instant(message.createdAt), status: status,
                       statusColour: colour, detail: detail)
        }
    }
}
