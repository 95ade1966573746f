import Fluent
import Foundation
import SQLKit
import StrideCore

/// Opening, answering and closing upward feedback rounds.
///
/// Anonymity is kept by what is never written: a response row holds the answers and nothing
/// else, its key is random (not the context's id generator, which follows time in tests and could
/// anywhere), answering writes no audit event (an event names its actor and its time), and the
/// invitation records only that its holder responded. Closing compiles the report once, under the
/// same lock responses take, and deletes the responses, so nothing finer than the report survives
/// and it can never be recompiled.
enum UpwardFeedbackService {
    /// Opens a round for every responsible chief whose window (their Mid-term Review to three
    /// months before their cycle ends) includes today and whose cycle has no round yet, inviting
    /// the staff of their units. Chiefs with fewer staff than the threshold get none: no report
    /// of theirs could ever be released.
    @discardableResult
    static func openDueRounds(in context: ServiceContext) async throws -> [UpwardFeedbackRound] {
        let today = context.clock.today()
        let chiefs = try await UpwardFeedbackQueries.chiefs(on: context.db).map(\.id)
        guard !chiefs.isEmpty else { return [] }
        let cycles = try await AppraisalCycle.query(on: context.db).filter(\.$staffMember.$id ~~ chiefs)
            .running(on: today).all()
        let withRounds = Set(try await UpwardFeedbackRound.query(on: context.db).filter(\.$cycle.$id ~~ cycles.compactMap(\.id))
            .all(\.$cycle.$id).compactMap { $0 })
        var opened: [UpwardFeedbackRound] = []
        for cycle in cycles where !withRounds.contains(cycle.id!) {
            guard let window = UpwardFeedbackWindow.dates(midtermReview: cycle.midtermDate, cycleEnd: cycle.endDate),
                  window.opens <= today, today <= window.closes else { continue }
            if let round = try await open(chief: cycle.$staffMember.id, cycle: cycle.id, opensOn: window.opens, closesOn: window.closes,
                                          in: context) {
                opened.append(round)
            }
        }
        return opened
    }

    /// HR opening a round for a chief today, to close on the day HR chose.
    static func open(_ input: UpwardFeedbackRoundInput, in context: ServiceContext) async throws -> Result<UpwardFeedbackRound, FieldErrors> {
        let db = context.db, today = context.clock.today()
        let chiefs = Set(try await UpwardFeedbackQueries.chiefs(on: db).map(\.id))
        let busy = Set(try await UpwardFeedbackRound.query(on: db).filter(\.$status == .open).all(\.$chief.$id))
        let validated = input.validate(chiefs: chiefs, withOpenRounds: busy, today: today)
        guard let chosen = validated.value else { return .failure(FieldErrors(validated.errors)) }
        let cycle = try await AppraisalCycle.query(on: db).filter(\.$staffMember.$id == chosen.chief)
            .running(on: today).first()
        guard let round = try await open(chief: chosen.chief, cycle: cycle?.id, opensOn: today, closesOn: chosen.closesOn, in: context) else {
            let template = try await UpwardFeedbackQueries.template(on: db)
            return .failure(FieldErrors([FieldError("chief", "Fewer people work under this chief than the anonymity threshold of "
                                                    + "\(template.threshold.value): no report of theirs could be released")]))
        }
        return .success(round)
    }

    /// Opens one round with the template's questions and threshold, inviting the chief's staff;
    /// nil when too few could be invited, or when another opening got there first.
    private static func open(chief: UUID, cycle: UUID?, opensOn: CalendarDate, closesOn: CalendarDate,
                             in context: ServiceContext) async throws -> UpwardFeedbackRound? {
        try await context.exclusiveTransaction(lock: .feedback) { context in
            let db = context.db
            if try await UpwardFeedbackRound.query(on: db).filter(\.$chief.$id == chief).filter(\.$status == .open).count() > 0 {
                return nil
            }
            if let cycle, try await UpwardFeedbackRound.query(on: db).filter(\.$cycle.$id == cycle).filter(\.$opensOn == opensOn).count() > 0 {
                return nil
            }
            let template = try await UpwardFeedbackQueries.template(on: db)
            let invitees = try await UpwardFeedbackQueries.invitees(of: chief, includeSubUnits: template.includeSubUnits, on: db)
            guard template.threshold.allows(invitees.count) else { return nil }
            let round = UpwardFeedbackRound()
            round.id = context.newID()
            round.openedAt = context.now
            round.openedBy = context.actor
            round.opensOn = opensOn
            round.closesOn = closesOn
            round.status = .open
            round.threshold = template.threshold.value
            round.questions = String(decoding: try JSONEncoder.stride.encode(template.questions), as: UTF8.self)
            round.invitedCount = invitees.count
            round.responseCount = 0
            round.$chief.id = chief
            round.$cycle.id = cycle
            try await round.create(on: db)
            let sql = try db.sql()
            for start in stride(from: 0, to: invitees.count, by: 500) {
                var insert = sql.insert(into: UpwardFeedbackInvitation.schema).columns("id", "responded", "round_id", "staff_member_id")
                for person in invitees[start..<min(start + 500, invitees.count)] {
                    insert = insert.values([context.newID(), false, round.id!, person] as [any Encodable & Sendable])
                }
                try await insert.run()
            }
            let name = try await StaffMember.find(chief, on: db)?.name ?? "a chief"
            try await context.audit(.create, .upwardFeedbackRound, id: round.id,
                                    "Opened upward feedback on \(name) from \(opensOn.iso) to \(closesOn.iso), inviting "
                                    + counted(invitees.count, "person", "people"))
            return round
        }
    }

    /// Records one anonymous response from `viewer`, who must hold an unanswered invitation to
    /// the open round: checked again under the lock, so a double submission or a close in between
    /// cannot slip through. Throws the policy's refusal (409) when it does not.
    static func respond(to roundID: UUID, _ answers: UpwardFeedbackAnswers, as viewer: Viewer,
                        in context: ServiceContext) async throws -> Result<Void, FieldErrors> {
        try await closeDueRounds(in: context)
        return try await context.exclusiveTransaction(lock: .feedback) { context in
            let db = context.db
            guard let loaded = try await UpwardFeedbackQueries.load(roundID, for: viewer, on: db) else {
                throw StrideError.notFound("The feedback round")
            }
            try UpwardFeedbackPolicy.decide(viewer, .respond, loaded.subject).enforce()
            let validated = answers.validate(questions: loaded.round.questionList)
            guard let response = validated.value else { return .failure(FieldErrors(validated.errors)) }
            let record = UpwardFeedbackResponseRecord()
            record.id = UUID()
            record.answers = try RatingsJSON.encode(response.ratings)
            record.comment = response.comment
            record.$round.id = roundID
            try await record.create(on: db)
            try await UpwardFeedbackInvitation.query(on: db).filter(\.$round.$id == roundID)
                .filter(\.$staffMember.$id == viewer.staffID).set(\.$responded, to: true).update()
            try await UpwardFeedbackRound.query(on: db).filter(\.$id == roundID)
                .set(\.$responseCount, to: loaded.round.responseCount + 1).update()
            return .success(())
        }
    }

    /// Closes an open round now: compiles its report from its responses, once, and deletes them.
    @discardableResult
    static func close(_ roundID: UUID, in context: ServiceContext) async throws -> UpwardFeedbackRound {
        try await context.exclusiveTransaction(lock: .feedback) { context in
            let db = context.db
            guard let round = try await UpwardFeedbackRound.find(roundID, on: db) else { throw StrideError.notFound("The feedback round") }
            guard round.isOpen else { throw StrideError.conflict("This round has already closed: its report was compiled then") }
            let responses = try await UpwardFeedbackResponseRecord.query(on: db).filter(\.$round.$id == roundID).all().map(\.response)
            var order = SystemRandomNumberGenerator()
            let report = UpwardFeedbackReport.compile(questions: round.questionList.map(\.id), responses: responses,
                                                      threshold: AnonymityThreshold(round.threshold) ?? .standard, order: &order)
            round.report = String(decoding: try JSONEncoder.stride.encode(report), as: UTF8.self)
            round.status = .closed
            round.closedAt = context.now
            round.closedBy = context.actor
            round.responseCount = responses.count
            try await round.update(on: db)
            try await UpwardFeedbackResponseRecord.query(on: db).filter(\.$round.$id == roundID).delete()
            let name = try await StaffMember.find(round.$chief.id, on: db)?.name ?? "a chief"
            try await context.audit(.close, .upwardFeedbackRound, id: roundID,
                                    "Closed upward feedback on \(name): \(counted(responses.count, "response")) of \(round.invitedCount) invited, "
                                    + (report.released ? "report released" : "too few to release a report"))
            return round
        }
    }

    /// Closes every open round whose closing day has passed. Pages and the API call it before
    /// reading rounds, and the daily job runs it, so a round is closed on the first look after
    /// its last day whoever looks.
    @discardableResult
    static func closeDueRounds(in context: ServiceContext) async throws -> Int {
        let due = try await UpwardFeedbackRound.query(on: context.db).filter(\.$status == .open)
            .filter(\.$closesOn < context.clock.today()).all(\.$id)
        for id in due {
            do { try await close(id, in: context) } catch StrideError.conflict { continue }  // closed meanwhile by another
        }
        return due.count
    }

    /// Saves HR's template for the rounds opened from now on.
    static func saveTemplate(_ input: UpwardFeedbackTemplateInput, in context: ServiceContext) async throws -> Result<UpwardFeedbackTemplate, FieldErrors> {
        let current = try await UpwardFeedbackQueries.template(on: context.db)
        let validated = input.validate(keeping: current, newID: context.newID)
        guard let template = validated.value else { return .failure(FieldErrors(validated.errors)) }
        return try await context.exclusiveTransaction(lock: .feedback) { context in
            let record = try await UpwardFeedbackTemplateRecord.query(on: context.db).first() ?? {
                let record = UpwardFeedbackTemplateRecord()
                record.id = context.newID()
                return record
            }()
            record.updatedAt = context.now
            record.updatedBy = context.actor
            record.threshold = template.threshold.value
            record.includeSubUnits = template.includeSubUnits
            record.questions = String(decoding: try JSONEncoder.stride.encode(template.questions), as: UTF8.self)
            try await record.save(on: context.db)
            try await context.audit(.update, .upwardFeedbackTemplate, id: record.id,
                                    "Set upward feedback for new rounds: threshold \(template.threshold.value), "
                                    + "\(template.includeSubUnits ? "sub-units invited" : "own units only"), "
                                    + counted(template.questions.count, "question"))
            return .success(template)
        }
    }
}
