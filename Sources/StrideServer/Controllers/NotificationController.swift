import Fluent
import StrideCore
import Vapor

/// A person's notifications: the list, opening one (which marks it read), marking all read.
struct NotificationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.notifications, use: index)
        routes.post(.readNotifications, use: readAll)
        routes.get(.notification(.key), use: open)
    }

    @Sendable func index(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let model = NotificationsModel(try await NotificationQueries.latest(of: user.staffID, on: req.db))
        return try await req.page("notifications/index", title: "Notifications", model)
    }

    @Sendable func open(req: Request) async throws -> Response {
        let notification = try await req.find(StrideNotification.self, .notificationID, "The notification")
        try req.authorize(.open, NotificationSubject(recipientID: notification.$recipient.id))
        if notification.readAt == nil {
            notification.readAt = req.clock.now()
            try await notification.update(on: req.db)
        }
        return req.redirect(to: notification.link, redirectType: .normal)
    }

    @Sendable func readAll(req: Request) async throws -> Response {
        let user = try req.requireUser()
        try await StrideNotification.query(on: req.db).filter(\.$recipient.$id == user.staffID).filter(\.$readAt == nil)
            .set(\.$readAt, to: req.clock.now()).update()
        req.flash("All notifications marked as read.")
        return req.redirect(to: .notifications)
    }
}

/// HR's view of the e-mail outbox: what waits, what was sent, what failed and why. Registered
/// in the HR-only group.
struct OutboxController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.outbox, use: index)
    }

    @Sendable func index(req: Request) async throws -> Response {
        let outbox = try await NotificationQueries.outbox(on: req.db)
        let model = OutboxModel(configured: req.application.strideConfig.mail != nil, waiting: outbox.waiting, sent: outbox.sent,
                                failed: outbox.failed, latest: outbox.latest)
        return try await req.page("notifications/outbox", title: "E-mail outbox", model)
    }
}
