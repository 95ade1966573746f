import Fluent
import Foundation
import SQLKit
import StrideCore

/// Probation feedback from colleagues, as its pages and the API read it.
enum ColleagueFeedbackQueries {
    /// One request with the probationer, as its access policy needs it.
    struct Loaded: Sendable {
        let request: ColleagueFeedbackRequest
        let staff: StaffRows.Listed
        let subject: ColleagueFeedbackSubject
    }

    static func request(_ id: UUID, on db: any Database, today: CalendarDate) async throws -> Loaded? {
        guard let request = try await ColleagueFeedbackRequest.find(id, on: db),
              let cycle = try await CycleLookup.load(request.$cycle.id, on: db, today: today) else { return nil }
        return Loaded(request: request, staff: cycle.staff,
                      subject: subject(cycle, colleague: request.$colleague.id, given: request.isGiven))
    }

    /// A cycle's colleague feedback as its policy sees it; with `colleague`, one request's.
    static func subject(_ cycle: LoadedCycle, colleague: UUID? = nil, given: Bool = false) -> ColleagueFeedbackSubject {
        ColleagueFeedbackSubject(staff: cycle.subject.staff, appraiserID: cycle.appraiserID, colleagueID: colleague, given: given)
    }

    /// A cycle's requests with each colleague's name, by name.
    static func requests(ofCycle cycleID: UUID, on db: any Database) async throws -> [(request: ColleagueFeedbackRequest, colleague: String)] {
        let requests = try await ColleagueFeedbackRequest.query(on: db).filter(\.$cycle.$id == cycleID).all()
        let names = try await AppraisalFormLookup.names(requests.map(\.$colleague.id), on: db)
        return requests.map { ($0, names[$0.$colleague.id] ?? "A former colleague") }.sorted { $0.colleague < $1.colleague }
    }

    /// What a person is asked for: each request with the probationer's name, unanswered first
    /// (the soonest due first), then those given.
    static func asked(of colleague: UUID, on db: any Database) async throws -> [(request: ColleagueFeedbackRequest, staffName: String)] {
        let requests = try await ColleagueFeedbackRequest.query(on: db).filter(\.$colleague.$id == colleague).all()
        let names = try await AppraisalFormLookup.names(requests.map(\.$staffMember.id), on: db)
        return requests.map { ($0, names[$0.$staffMember.id] ?? "A former colleague") }
            .sorted { ($0.request.isGiven ? 1 : 0, $0.request.dueOn, $0.staffName) < ($1.request.isGiven ? 1 : 0, $1.request.dueOn, $1.staffName) }
    }

    /// The first-probation cycle of a person, where colleagues are designated, if they have one.
    static func designationCycle(of staffID: UUID, on db: any Database) async throws -> AppraisalCycle? {
        try await AppraisalCycle.query(on: db).filter(\.$staffMember.$id == staffID).filter(\.$colleagueDesignationDate != nil)
            .sort(\.$startDate, .descending).first()
    }
}
