import Fluent
import Foundation
import NIOCore
import StrideCore

/// Sends the outbox's messages that are due: new ones, and failed ones whose back-off has passed.
/// A message refused for good (a 5xx answer) is kept as failed at once; a temporary failure is
/// tried again later (`DeliveryBackoff`). Run only by the holder of the reminders job's lease, so
/// no message is sent by two servers.
enum OutboxDelivery {
    struct Outcome: Sendable, Equatable {
        var sent = 0
        var failed = 0
    }

    static let batchSize = 100

    static func deliver(with client: SMTPClient, publicURL: String, in context: ServiceContext) async throws -> Outcome {
        let now = context.now
        let due = try await OutboxMessage.query(on: context.db).filter(\.$sentAt == nil)
            .filter(\.$attempts < DeliveryBackoff.maxAttempts).filter(\.$nextAttemptAt <= now)
            .sort(\.$nextAttemptAt).limit(batchSize).all()
        guard !due.isEmpty else { return Outcome() }
        let results = await client.send(due.map { message in
            (MailMessage(from: client.settings.from, to: message.toAddress, subject: message.subject,
                         body: message.body.replacingOccurrences(of: MailText.baseURL, with: publicURL)), now, message.id!)
        })
        var outcome = Outcome()
        for (message, result) in zip(due, results) {
            switch result {
            case .success:
                message.sentAt = now
                message.lastError = nil
                outcome.sent += 1
            case .failure(let error):
                message.attempts += 1
                message.lastError = String(error.description.prefix(1000))
                if error.isPermanent { message.attempts = DeliveryBackoff.maxAttempts }
                if let wait = DeliveryBackoff.delay(afterAttempts: message.attempts) { message.nextAttemptAt = now.addingTimeInterval(wait) }
                outcome.failed += 1
            }
            try await message.update(on: context.db)
        }
        return outcome
    }
}
