import Fluent
import Foundation
import SQLKit
import StrideCore

/// The daily reminders job: works out what is due or overdue, stores each reminder not stored
/// before as a notification (an in-app list with an unread count) and queues its e-mail in the
/// outbox. Each reminder's key is unique, so running the job twice, or again after a crash
/// midway, notifies nobody twice.
enum ReminderJob {
    struct Summary: Sendable, Equatable {
        /// Reminders due today, whether new or already sent.
        var due = 0
        /// Of them, those stored (or, in a dry run, that would be) now.
        var new: [ReminderKind: Int] = [:]
        var emails = 0
        var roundsOpened = 0
        var roundsClosed = 0

        var newCount: Int { new.values.reduce(0, +) }
    }

    /// Runs the job once as of the context's clock. A dry run writes nothing (no round opened or
    /// closed, no notification, no e-mail) and says what it would do.
    static func run(dryRun: Bool, in context: ServiceContext) async throws -> Summary {
        var summary = Summary()
        if !dryRun {
            summary.roundsOpened = try await UpwardFeedbackService.openDueRounds(in: context).count
            summary.roundsClosed = try await UpwardFeedbackService.closeDueRounds(in: context)
        }
        let today = context.clock.today()
        var seen: Set<String> = []
        let candidates = try await ReminderQueries.candidates(today: today, on: context.db).filter { seen.insert($0.key).inserted }
        summary.due = candidates.count
        let fresh = try await unsent(candidates, on: context.db)
        for candidate in fresh { summary.new[candidate.kind, default: 0] += 1 }
        let addresses = try await emails(of: Array(Set(fresh.map(\.recipient))), on: context.db)
        summary.emails = fresh.filter { addresses[$0.recipient] != nil }.count
        guard !dryRun else { return summary }
        for start in stride(from: 0, to: fresh.count, by: 200) {
            let batch = Array(fresh[start..<min(start + 200, fresh.count)])
            try await context.transaction { context in
                try await store(batch, addresses: addresses, in: context)
            }
        }
        return summary
    }

    /// The candidates whose key is not stored yet.
    private static func unsent(_ candidates: [ReminderQueries.Candidate], on db: any Database) async throws -> [ReminderQueries.Candidate] {
        struct Row: Decodable { let dedupe_key: String }
        var stored: Set<String> = []
        let keys = candidates.map(\.key)
        for start in stride(from: 0, to: keys.count, by: 500) {
            let chunk = Array(keys[start..<min(start + 500, keys.count)])
            stored.formUnion(try await db.sql().raw("SELECT dedupe_key FROM notifications WHERE dedupe_key IN (\(binds: chunk))")
                .all(decoding: Row.self).map(\.dedupe_key))
        }
        return candidates.filter { !stored.contains($0.key) }
    }

    /// Each active recipient's address and name.
    private static func emails(of ids: [UUID], on db: any Database) async throws -> [UUID: (email: String, name: String)] {
        var found: [UUID: (email: String, name: String)] = [:]
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = Array(ids[start..<min(start + 500, ids.count)])
            for person in try await StaffMember.query(on: db).filter(\.$id ~~ chunk).filter(\.$status == .active).all() {
                found[person.id!] = (person.email, person.name)
            }
        }
        return found
    }

    private static func store(_ batch: [ReminderQueries.Candidate], addresses: [UUID: (email: String, name: String)],
                              in context: ServiceContext) async throws {
        let sql = try context.db.sql()
        let now = context.now
        var notifications = sql.insert(into: StrideNotification.schema)
            .columns("id", "created_at", "dedupe_key", "kind", "title", "body", "link", "recipient_id")
        var outbox = sql.insert(into: OutboxMessage.schema)
            .columns("id", "created_at", "to_address", "subject", "body", "attempts", "next_attempt_at", "notification_id")
        var mails = 0
        for candidate in batch {
            let id = context.newID()
            notifications = notifications.values([id, now, candidate.key, candidate.kind.rawValue, candidate.title, candidate.body,
                                                  candidate.link.href, candidate.recipient] as [any Encodable & Sendable])
            guard let address = addresses[candidate.recipient] else { continue }
            outbox = outbox.values([context.newID(), now, address.email, candidate.title,
                                    MailText.reminder(to: address.name, body: candidate.body, link: candidate.link),
                                    0, now, id] as [any Encodable & Sendable])
            mails += 1
        }
        try await notifications.run()
        if mails > 0 { try await outbox.run() }
    }
}
