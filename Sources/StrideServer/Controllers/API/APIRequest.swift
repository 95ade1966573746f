import StrideCore
import Vapor

/// The Vapor request behind the generated API handlers, which see only the OpenAPI request:
/// the session, the signed-in person, the database and the policies all live on it.
enum APIRequest {
    @TaskLocal static var current: Request?

    /// The request, for a handler that needs no sign-in.
    static func request() throws -> Request {
        guard let request = current else { throw Abort(.internalServerError, reason: "API handler without a request") }
        return request
    }

    /// The request of a signed-in person who may use Stride (not one who must first replace a
    /// one-time password), as `RequireSignIn` does for pages.
    static func signedIn() throws -> Request {
        let request = try request()
        let user = try request.requireUser()
        if user.mustChangePassword { throw StrideError.forbidden }
        return request
    }
}

/// Makes the Vapor request available to the generated handlers, and guards what they would
/// otherwise do first: only the document itself is open to anyone, so everyone else is refused
/// before any body is read; bodies are then collected within a limit (the generated code has
/// none); and the API always answers JSON (CSV for the staff export), so a client's `Accept` cannot turn a completed write
/// into a 406 after the fact.
struct APIRequestMiddleware: AsyncMiddleware {
    static let maxBodyBytes = CSRFMiddleware.maxUploadBytes
    static let publicPaths: Set<String> = ["/api/v1/openapi.json"]
    static let staffExportPath = "/api/v1/staff/export"
    /// Operations of the HR administration area: refused to anyone else before the body is
    /// read, as the pages' HR group does, so a refusal never depends on what was sent.
    static func isAdministration(_ method: HTTPMethod, _ path: String) -> Bool {
        let parts = path.split(separator: "/")
        if path == "/api/v1/cycles/open" || path == "/api/v1/skill-rounds" || path == "/api/v1/upward-feedback/template" { return true }
        if parts.count == 5 && parts[2] == "staff" && parts[4] == "contract-changes" { return true }
        // opening and closing upward feedback rounds (reading them is for more than HR)
        return method == .POST && parts.count >= 4 && parts[2] == "upward-feedback" && parts[3] == "rounds"
            && (parts.count == 4 || (parts.count == 6 && parts[5] == "close"))
    }

    /// A write to a form (`PUT /forms/{id}`, `POST /forms/{id}/transitions`) from someone who may
    /// not make it is refused before its body is read, whatever was sent.
    private static func authorizeFormWrite(_ request: Request) async throws {
        let parts = request.url.path.split(separator: "/")
        guard request.method != .GET, parts.count >= 4, parts[2] == "forms", let id = UUID(uuidString: String(parts[3])),
              let loaded = try await AppraisalFormLookup.load(id, on: request.db, today: request.clock.today()) else { return }
        try request.authorize(request.method == .PUT ? .edit : .view, loaded.subject)
    }

    /// A response to an upward feedback round from anyone not invited (or already responded), a
    /// colleague's feedback from anyone but the colleague asked, a designation of colleagues and
    /// any write to an improvement plan from anyone who may not make it, are refused before the
    /// body is read.
    private static func authorizeFeedbackWrite(_ request: Request) async throws {
        let parts = request.url.path.split(separator: "/").map(String.init)
        guard request.method != .GET, parts.count >= 4 else { return }
        let viewer = try request.requireUser().viewer, today = request.clock.today()
        if parts.count == 6, parts[2] == "upward-feedback", parts[3] == "rounds", parts[5] == "responses", let id = UUID(uuidString: parts[4]),
           let loaded = try await UpwardFeedbackQueries.load(id, for: viewer, on: request.db) {
            try request.authorize(.respond, loaded.subject)
        } else if parts.count == 5, parts[2] == "colleague-feedback", parts[3] == "requests", let id = UUID(uuidString: parts[4]),
                  let loaded = try await ColleagueFeedbackQueries.request(id, on: request.db, today: today) {
            try request.authorize(.give, loaded.subject)
        } else if parts.count == 5, parts[2] == "cycles", parts[4] == "colleague-feedback", let id = UUID(uuidString: parts[3]),
                  let cycle = try await CycleLookup.load(id, on: request.db, today: today) {
            try request.authorize(.designate, ColleagueFeedbackQueries.subject(cycle))
        } else if parts.count == 5, parts[2] == "staff", parts[4] == "improvement-plans", let id = UUID(uuidString: parts[3]),
                  let staff = try await StaffRows.personAndSupervisor(id, on: request.db)?.person {
            try request.authorize(.manage, ImprovementPlanSubject(staff: request.staffSubject(staff)))
        } else if parts[2] == "improvement-plans", let id = UUID(uuidString: parts[3]), let loaded = try await ImprovementPlanQueries.load(id, on: request.db) {
            let action: ImprovementPlanPolicy.Action = switch parts.count == 5 ? parts[4] : "" {
            case "own-view": .giveOwnView
            case "board-review": .reviewAsBoard
            default: .manage
            }
            try request.authorize(action, loaded.subject)
        }
    }

    /// A skill proposal from anyone but the person, or a decision from anyone who may not make
    /// it, is refused before its body is read, whatever was sent.
    private static func authorizeSkillWrite(_ request: Request) async throws {
        let parts = request.url.path.split(separator: "/").map(String.init)
        guard request.method == .POST, parts.count == 5 else { return }
        if parts[2] == "staff", parts[4] == "skill-assessments", let id = UUID(uuidString: parts[3]) {
            try request.authorize(.propose, try await request.skillsOf(id).subject)
        } else if parts[2] == "skill-assessments", parts[4] == "decision", let id = UUID(uuidString: parts[3]),
                  let row = try await SkillAssessmentRecord.find(id, on: request.db) {
            try request.authorize(.decide, try await request.skillsOf(row.$staffMember.id).subject)
        }
    }

    /// Ranking members, assigning tasks and setting objectives from anyone but the lead or HR,
    /// moving a task from anyone but its assignee, the lead or HR, and any write to an objective
    /// from anyone its policy does not allow, are refused before the body is read.
    private static func authorizeWorkgroupWrite(_ request: Request) async throws {
        let parts = request.url.path.split(separator: "/").map(String.init)
        if [.POST, .PUT].contains(request.method), parts.count >= 4, parts[2] == "objectives" {
            let action: ObjectivePolicy.Action = switch parts.count == 5 ? parts[4] : "" {
            case "readings": .recordProgress
            case "status": .overrideStatus
            default: .manage
            }
            _ = try await StrideAPIController.objective(parts[3], allowing: action, request)
            return
        }
        guard request.method == .POST, parts.count == 5 else { return }
        if parts[2] == "workgroups", ["allocation", "tasks", "objectives"].contains(parts[4]) {
            _ = try await StrideAPIController.workgroup(parts[3], allowing: .allocate, request)
        } else if parts[2] == "tasks", parts[4] == "status" {
            let (task, group) = try await StrideAPIController.task(parts[3], request)
            try request.authorize(.updateStatus, try WorkTaskController.subject(task, group))
        }
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if !Self.publicPaths.contains(request.url.path) {
            let user = try request.requireUser()
            if user.mustChangePassword { throw StrideError.forbidden }
        }
        if let scope = request.apiTokenScope, !scope.allows(method: request.method.rawValue) {
            throw StrideError.forbiddenBecause("This token may only read: make a read-write token to change anything.")
        }
        if Self.isAdministration(request.method, request.url.path) { try request.authorize(.enter, Administration()) }
        try await Self.authorizeFormWrite(request)
        try await Self.authorizeSkillWrite(request)
        try await Self.authorizeFeedbackWrite(request)
        try await Self.authorizeWorkgroupWrite(request)
        if [.POST, .PUT, .PATCH].contains(request.method) {
            _ = try await request.body.collect(max: Self.maxBodyBytes).get()
        }
        // The staff export is the one answer in CSV.
        let answers = request.url.path == Self.staffExportPath ? "text/csv" : "application/json"
        request.headers.replaceOrAdd(name: .accept, value: "\(answers), application/problem+json")
        return try await APIRequest.$current.withValue(request) {
            try await next.respond(to: request)
        }
    }
}
