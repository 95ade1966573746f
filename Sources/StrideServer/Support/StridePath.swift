import Fluent
import Foundation
import StrideCore
import Vapor

/// A path parameter: `.key` where a route is registered, `.value` where a link is built.
enum PathParameter<Value: Sendable>: Sendable {
    case key
    case value(Value)
}

/// The names of the path parameters, so handlers read them by type rather than by string.
enum PathKey: String, Sendable {
    case staffID, unitID, workgroupID, frameworkID, skillID, pendingID, outcomeID, formID, cycleID, delegationID, runID, roleID, assessmentID, taskID, roundID, requestID, planID, notificationID, objectiveID, organisationalOutcomeID, tokenID, nodeID
}

/// Every path of the web interface and the JSON API, written once. Routes are registered
/// from `components` (with `.key` parameters) and links are built with `href` (with values),
/// so a renamed route breaks the build rather than a link.
enum StridePath: Sendable {
    case home
    case healthz
    case readyz
    case login
    case logout
    case changePassword
    /// A person's API tokens: the list and making one; revoking one.
    case apiTokens
    case revokeAPIToken(PathParameter<UUID>)

    case units
    case newUnit
    case unit(PathParameter<UUID>)
    case editUnit(PathParameter<UUID>)
    case newUnitOutcome(PathParameter<UUID>)
    case editUnitOutcome(unit: PathParameter<UUID>, outcome: PathParameter<UUID>)
    /// A unit's skills matrix, and its CSV.
    case unitSkills(PathParameter<UUID>)
    case unitSkillsExport(PathParameter<UUID>)

    case staff
    case newStaff
    case staffMember(PathParameter<UUID>)
    case editStaff(PathParameter<UUID>)
    case contractChange(PathParameter<UUID>)
    /// A person's skills against their role: gaps, priorities, assessments; proposing a level (POST).
    case staffSkills(PathParameter<UUID>)
    /// A manager's decision on a proposed level.
    case skillDecision(PathParameter<UUID>)
    /// Withdrawing the last change of contract type recorded.
    case withdrawContractChange(PathParameter<UUID>)
    case oneTimePassword(PathParameter<UUID>)
    case accountStatus(PathParameter<UUID>)
    case roles(PathParameter<UUID>)

    case workgroups
    case newWorkgroup
    case workgroup(PathParameter<UUID>)
    case editWorkgroup(PathParameter<UUID>)
    case workgroupMembers(PathParameter<UUID>)
    case removeWorkgroupMember(workgroup: PathParameter<UUID>, staff: PathParameter<UUID>)
    /// A workgroup's skills matrix, its CSV, and the skills its work needs (the lead's form).
    case workgroupSkills(PathParameter<UUID>)
    case workgroupSkillsExport(PathParameter<UUID>)
    case workgroupNeeds(PathParameter<UUID>)
    /// Describing a task by the skills it needs, ranking the members, assigning it.
    case newWorkTask(PathParameter<UUID>)
    case workTask(PathParameter<UUID>)
    case workTaskStatus(PathParameter<UUID>)
    /// A workgroup's objectives: setting one, its page with criteria and progress, changing it,
    /// recording a reading (POST), the lead's override of its status (POST).
    case newObjective(PathParameter<UUID>)
    case objective(PathParameter<UUID>)
    case editObjective(PathParameter<UUID>)
    case objectiveReadings(PathParameter<UUID>)
    case objectiveStatus(PathParameter<UUID>)
    /// Feedback the lead gives members; forming the group from the skills its work needs.
    case workgroupFeedback(PathParameter<UUID>)
    case workgroupFormation(PathParameter<UUID>)
    /// The organisation's outcomes and everything aligned to them; HR sets the outcomes.
    case alignment
    /// The outputs serving one unit outcome or objective of the tree, a page at a time.
    case alignmentNode(PathParameter<UUID>)
    case newOrganisationalOutcome
    case editOrganisationalOutcome(PathParameter<UUID>)
    /// Dashboards: a manager's team, and the organisation's for HR, each table also as CSV.
    case teamDashboard
    case teamDashboardExport
    case organisationDashboard
    case organisationDashboardExport
    /// HR: the audit trail, filtered, and as CSV.
    case auditTrail
    case auditTrailExport

    case frameworks
    /// Job roles and the skills they require.
    case roleProfiles
    case newRoleProfile
    /// Job roles as CSV: the download, and HR's upload.
    case roleProfilesExport
    case roleProfilesImport
    case roleProfile(PathParameter<UUID>)
    case editRoleProfile(PathParameter<UUID>)
    /// Giving a role to everyone with a job title: confirmed (GET), then done (POST).
    case assignRoleProfile(PathParameter<UUID>)
    case importFramework
    case pendingFrameworkImport(PathParameter<UUID>)
    case framework(PathParameter<UUID>)
    case frameworkExport(PathParameter<UUID>)
    case skill(framework: PathParameter<UUID>, skill: PathParameter<UUID>)
    /// The organisation's own frameworks, written in Stride: starting one, its competencies, a new version.
    case newFramework
    case newCompetency(PathParameter<UUID>)
    case editCompetency(framework: PathParameter<UUID>, skill: PathParameter<UUID>)
    case removeCompetency(framework: PathParameter<UUID>, skill: PathParameter<UUID>)
    case newFrameworkVersion(PathParameter<UUID>)

    case importStaff
    /// Every staff record as CSV, in the import's columns.
    case exportStaff
    case accounts
    case oneTimePasswordBatch
    case cyclePolicies
    case openCycles
    /// One opening of cycles for everyone: its progress, then what it did.
    case cycleOpeningRun(PathParameter<UUID>)
    case overdueForms
    /// Rounds of skills assessment: the list with their progress, and opening one (POST).
    case skillRounds
    case sendToReportsBoard
    /// One contract type's policy: a path each, as there are three.
    case cyclePolicy(ContractType)

    case myAppraisal
    case myTeam
    case cycleTimeline(PathParameter<UUID>)
    case delegations
    case revokeDelegation(PathParameter<UUID>)
    case cycleCheckIns(PathParameter<UUID>)
    case appraisalForm(PathParameter<UUID>)
    case editAppraisalForm(PathParameter<UUID>)
    case printAppraisalForm(PathParameter<UUID>)
    case appraisalFormTransitions(PathParameter<UUID>)
    case nextCycle(PathParameter<UUID>)
    case competencyFramework(PathParameter<UUID>)
    case reportsBoardQueue
    case ratingPractice

    /// Feedback: the upward feedback rounds a person is invited to, is the subject of, or supervises.
    case feedback
    /// One upward feedback round: its form for those invited, its report for those who read it.
    case upwardFeedbackRound(PathParameter<UUID>)
    case upwardFeedbackResponses(PathParameter<UUID>)
    /// A probationer's colleagues: designated (POST), their feedback; one colleague's request.
    case colleagueFeedback(PathParameter<UUID>)
    case colleagueFeedbackRequest(PathParameter<UUID>)
    /// A person's notifications; marking them all read; opening one (marks it read).
    case notifications
    case readNotifications
    case notification(PathParameter<UUID>)
    /// HR: the e-mail outbox.
    case outbox
    /// Recognition: giving it (`?for=` a colleague), and what one received and gave.
    case recognition
    /// A person's improvement plans, and opening one (`?form=` the End of Cycle that suggested it).
    case staffImprovementPlans(PathParameter<UUID>)
    case newImprovementPlan(PathParameter<UUID>)
    /// One plan: its page, the manager's edit, the person's own view, check-ins, the six-month
    /// review and the Reports Board's.
    case improvementPlan(PathParameter<UUID>)
    case editImprovementPlan(PathParameter<UUID>)
    case improvementPlanOwnView(PathParameter<UUID>)
    case improvementPlanCheckIns(PathParameter<UUID>)
    case improvementPlanReview(PathParameter<UUID>)
    case improvementPlanBoardReview(PathParameter<UUID>)
    /// HR: every round, opening one by hand or those now due, the template, closing a round.
    case upwardFeedbackAdmin
    case openDueUpwardFeedbackRounds
    case upwardFeedbackTemplate
    case closeUpwardFeedbackRound(PathParameter<UUID>)

    /// An API path, for links in API bodies; the API's routes come from the OpenAPI document.
    case apiFramework(PathParameter<UUID>)

    private enum Segment {
        case constant(String)
        case parameter(PathKey, UUID?)
    }

    private static func id(_ key: PathKey, _ parameter: PathParameter<UUID>) -> Segment {
        switch parameter {
        case .key: .parameter(key, nil)
        case .value(let id): .parameter(key, id)
        }
    }

    private var segments: [Segment] {
        func c(_ parts: String...) -> [Segment] { parts.map(Segment.constant) }
        switch self {
        case .home: return []
        case .healthz: return c("healthz")
        case .readyz: return c("readyz")
        case .login: return c("login")
        case .logout: return c("logout")
        case .changePassword: return c("account", "password")
        case .apiTokens: return c("account", "tokens")
        case .revokeAPIToken(let id): return c("account", "tokens") + [Self.id(.tokenID, id)] + c("revoke")
        case .units: return c("units")
        case .newUnit: return c("units", "new")
        case .unit(let id): return c("units") + [Self.id(.unitID, id)]
        case .editUnit(let id): return c("units") + [Self.id(.unitID, id)] + c("edit")
        case .newUnitOutcome(let id): return c("units") + [Self.id(.unitID, id)] + c("outcomes", "new")
        case .editUnitOutcome(let unit, let outcome):
            return c("units") + [Self.id(.unitID, unit)] + c("outcomes") + [Self.id(.outcomeID, outcome)] + c("edit")
        case .staff: return c("staff")
        case .newStaff: return c("staff", "new")
        case .staffMember(let id): return c("staff") + [Self.id(.staffID, id)]
        case .editStaff(let id): return c("staff") + [Self.id(.staffID, id)] + c("edit")
        case .contractChange(let id): return c("staff") + [Self.id(.staffID, id)] + c("contract-change")
        case .staffSkills(let id): return c("staff") + [Self.id(.staffID, id)] + c("skills")
        case .skillDecision(let id): return c("skill-assessments") + [Self.id(.assessmentID, id)] + c("decision")
        case .withdrawContractChange(let id): return c("staff") + [Self.id(.staffID, id)] + c("contract-change", "withdraw")
        case .oneTimePassword(let id): return c("staff") + [Self.id(.staffID, id)] + c("one-time-password")
        case .accountStatus(let id): return c("staff") + [Self.id(.staffID, id)] + c("account-status")
        case .roles(let id): return c("staff") + [Self.id(.staffID, id)] + c("roles")
        case .workgroups: return c("workgroups")
        case .newWorkgroup: return c("workgroups", "new")
        case .workgroup(let id): return c("workgroups") + [Self.id(.workgroupID, id)]
        case .editWorkgroup(let id): return c("workgroups") + [Self.id(.workgroupID, id)] + c("edit")
        case .workgroupMembers(let id): return c("workgroups") + [Self.id(.workgroupID, id)] + c("members")
        case .removeWorkgroupMember(let group, let staff):
            return c("workgroups") + [Self.id(.workgroupID, group)] + c("members") + [Self.id(.staffID, staff)] + c("remove")
        case .workgroupSkills(let id): return c("workgroups") + [Self.id(.workgroupID, id)] + c("skills")
        case .workgroupSkillsExport(let id): return c("workgroups") + [Self.id(.workgroupID, id)] + c("skills", "export")
        case .workgroupNeeds(let id): return c("workgroups") + [Self.id(.workgroupID, id)] + c("skills", "needs")
        case .newWorkTask(let id): return c("workgroups") + [Self.id(.workgroupID, id)] + c("tasks", "new")
        case .workTask(let id): return c("tasks") + [Self.id(.taskID, id)]
        case .workTaskStatus(let id): return c("tasks") + [Self.id(.taskID, id)] + c("status")
        case .newObjective(let id): return c("workgroups") + [Self.id(.workgroupID, id)] + c("objectives", "new")
        case .objective(let id): return c("objectives") + [Self.id(.objectiveID, id)]
        case .editObjective(let id): return c("objectives") + [Self.id(.objectiveID, id)] + c("edit")
        case .objectiveReadings(let id): return c("objectives") + [Self.id(.objectiveID, id)] + c("readings")
        case .objectiveStatus(let id): return c("objectives") + [Self.id(.objectiveID, id)] + c("status")
        case .workgroupFeedback(let id): return c("workgroups") + [Self.id(.workgroupID, id)] + c("feedback")
        case .workgroupFormation(let id): return c("workgroups") + [Self.id(.workgroupID, id)] + c("formation")
        case .alignment: return c("alignment")
        case .alignmentNode(let id): return c("alignment", "nodes") + [Self.id(.nodeID, id)]
        case .newOrganisationalOutcome: return c("alignment", "outcomes", "new")
        case .editOrganisationalOutcome(let id): return c("alignment", "outcomes") + [Self.id(.organisationalOutcomeID, id)] + c("edit")
        case .teamDashboard: return c("dashboards", "team")
        case .teamDashboardExport: return c("dashboards", "team", "export")
        case .organisationDashboard: return c("dashboards", "organisation")
        case .organisationDashboardExport: return c("dashboards", "organisation", "export")
        case .auditTrail: return c("admin", "audit")
        case .auditTrailExport: return c("admin", "audit", "export")
        case .unitSkills(let id): return c("units") + [Self.id(.unitID, id)] + c("skills")
        case .unitSkillsExport(let id): return c("units") + [Self.id(.unitID, id)] + c("skills", "export")
        case .frameworks: return c("frameworks")
        case .roleProfiles: return c("roles")
        case .newRoleProfile: return c("roles", "new")
        case .roleProfilesExport: return c("roles", "export")
        case .roleProfilesImport: return c("roles", "import")
        case .roleProfile(let id): return c("roles") + [Self.id(.roleID, id)]
        case .editRoleProfile(let id): return c("roles") + [Self.id(.roleID, id)] + c("edit")
        case .assignRoleProfile(let id): return c("roles") + [Self.id(.roleID, id)] + c("assign")
        case .importFramework: return c("frameworks", "import")
        case .newFramework: return c("frameworks", "new")
        case .newCompetency(let id): return c("frameworks") + [Self.id(.frameworkID, id)] + c("skills", "new")
        case .editCompetency(let framework, let skill):
            return c("frameworks") + [Self.id(.frameworkID, framework)] + c("skills") + [Self.id(.skillID, skill)] + c("edit")
        case .removeCompetency(let framework, let skill):
            return c("frameworks") + [Self.id(.frameworkID, framework)] + c("skills") + [Self.id(.skillID, skill)] + c("remove")
        case .newFrameworkVersion(let id): return c("frameworks") + [Self.id(.frameworkID, id)] + c("new-version")
        case .pendingFrameworkImport(let id): return c("frameworks", "import") + [Self.id(.pendingID, id)]
        case .framework(let id): return c("frameworks") + [Self.id(.frameworkID, id)]
        case .frameworkExport(let id): return c("frameworks") + [Self.id(.frameworkID, id)] + c("export")
        case .skill(let framework, let skill):
            return c("frameworks") + [Self.id(.frameworkID, framework)] + c("skills") + [Self.id(.skillID, skill)]
        case .importStaff: return c("admin", "import-staff")
        case .exportStaff: return c("admin", "export-staff")
        case .accounts: return c("admin", "accounts")
        case .oneTimePasswordBatch: return c("admin", "accounts", "one-time-passwords")
        case .cyclePolicies: return c("admin", "cycle-policies")
        case .openCycles: return c("admin", "cycles", "open")
        case .cycleOpeningRun(let id): return c("admin", "cycles", "open", "runs") + [Self.id(.runID, id)]
        case .overdueForms: return c("admin", "cycles", "overdue")
        case .skillRounds: return c("admin", "skill-rounds")
        case .sendToReportsBoard: return c("admin", "cycles", "send-to-reports-board")
        case .cyclePolicy(let contract): return c("admin", "cycle-policies", contract.rawValue)
        case .myAppraisal: return c("appraisal")
        case .myTeam: return c("team")
        case .cycleTimeline(let id): return c("appraisal", "cycles") + [Self.id(.cycleID, id)]
        case .delegations: return c("delegations")
        case .revokeDelegation(let id): return c("delegations") + [Self.id(.delegationID, id)] + c("revoke")
        case .cycleCheckIns(let id): return c("appraisal", "cycles") + [Self.id(.cycleID, id)] + c("check-ins")
        case .appraisalForm(let id): return c("appraisal", "forms") + [Self.id(.formID, id)]
        case .editAppraisalForm(let id): return c("appraisal", "forms") + [Self.id(.formID, id)] + c("edit")
        case .printAppraisalForm(let id): return c("appraisal", "forms") + [Self.id(.formID, id)] + c("print")
        case .appraisalFormTransitions(let id): return c("appraisal", "forms") + [Self.id(.formID, id)] + c("transitions")
        case .nextCycle(let id): return c("appraisal", "forms") + [Self.id(.formID, id)] + c("next-cycle")
        case .competencyFramework(let id): return c("frameworks") + [Self.id(.frameworkID, id)] + c("competency-framework")
        case .reportsBoardQueue: return c("reports-board")
        case .ratingPractice: return c("reports-board", "rating-practice")
        case .feedback: return c("feedback")
        case .upwardFeedbackRound(let id): return c("feedback", "upward") + [Self.id(.roundID, id)]
        case .upwardFeedbackResponses(let id): return c("feedback", "upward") + [Self.id(.roundID, id)] + c("responses")
        case .colleagueFeedback(let id): return c("appraisal", "cycles") + [Self.id(.cycleID, id)] + c("colleague-feedback")
        case .colleagueFeedbackRequest(let id): return c("feedback", "colleague") + [Self.id(.requestID, id)]
        case .recognition: return c("feedback", "recognition")
        case .notifications: return c("notifications")
        case .readNotifications: return c("notifications", "read")
        case .notification(let id): return c("notifications") + [Self.id(.notificationID, id)]
        case .outbox: return c("admin", "outbox")
        case .staffImprovementPlans(let id): return c("staff") + [Self.id(.staffID, id)] + c("improvement-plans")
        case .newImprovementPlan(let id): return c("staff") + [Self.id(.staffID, id)] + c("improvement-plans", "new")
        case .improvementPlan(let id): return c("improvement-plans") + [Self.id(.planID, id)]
        case .editImprovementPlan(let id): return c("improvement-plans") + [Self.id(.planID, id)] + c("edit")
        case .improvementPlanOwnView(let id): return c("improvement-plans") + [Self.id(.planID, id)] + c("own-view")
        case .improvementPlanCheckIns(let id): return c("improvement-plans") + [Self.id(.planID, id)] + c("check-ins")
        case .improvementPlanReview(let id): return c("improvement-plans") + [Self.id(.planID, id)] + c("review")
        case .improvementPlanBoardReview(let id): return c("improvement-plans") + [Self.id(.planID, id)] + c("board-review")
        case .upwardFeedbackAdmin: return c("admin", "upward-feedback")
        case .openDueUpwardFeedbackRounds: return c("admin", "upward-feedback", "open-due")
        case .upwardFeedbackTemplate: return c("admin", "upward-feedback", "template")
        case .closeUpwardFeedbackRound(let id): return c("admin", "upward-feedback") + [Self.id(.roundID, id)] + c("close")
        case .apiFramework(let id): return c("api", "v1", "frameworks") + [Self.id(.frameworkID, id)]
        }
    }

    /// The route's components, parameters as `:name`, for registering it.
    var components: [PathComponent] {
        segments.map { segment in
            switch segment {
            case .constant(let text): .constant(text)
            case .parameter(let key, _): .parameter(key.rawValue)
            }
        }
    }

    /// The link, parameters filled in (lower-case UUIDs); a `.key` parameter stays `:name`.
    var href: String {
        "/" + segments.map { segment in
            switch segment {
            case .constant(let text): text
            case .parameter(_, let id?): id.uuidString.lowercased()
            case .parameter(let key, nil): ":" + key.rawValue
            }
        }.joined(separator: "/")
    }

    /// The link with a query string of the items that have a value, in the order given.
    func href(query: [(name: String, value: String?)]) -> String {
        var components = URLComponents()
        components.path = href
        let items = query.compactMap { item in item.value.map { URLQueryItem(name: item.name, value: $0) } }
        components.queryItems = items.isEmpty ? nil : items
        return components.string ?? href
    }
}

/// Links are built with values, so each parameterised path has a shorthand taking them.
extension StridePath {
    static func unit(_ id: UUID) -> StridePath { .unit(.value(id)) }
    static func editUnit(_ id: UUID) -> StridePath { .editUnit(.value(id)) }
    static func newUnitOutcome(_ id: UUID) -> StridePath { .newUnitOutcome(.value(id)) }
    static func editUnitOutcome(unit: UUID, outcome: UUID) -> StridePath { .editUnitOutcome(unit: .value(unit), outcome: .value(outcome)) }
    static func staffMember(_ id: UUID) -> StridePath { .staffMember(.value(id)) }
    static func editStaff(_ id: UUID) -> StridePath { .editStaff(.value(id)) }
    static func contractChange(_ id: UUID) -> StridePath { .contractChange(.value(id)) }
    static func staffSkills(_ id: UUID) -> StridePath { .staffSkills(.value(id)) }
    static func skillDecision(_ id: UUID) -> StridePath { .skillDecision(.value(id)) }
    static func withdrawContractChange(_ id: UUID) -> StridePath { .withdrawContractChange(.value(id)) }
    static func oneTimePassword(_ id: UUID) -> StridePath { .oneTimePassword(.value(id)) }
    static func accountStatus(_ id: UUID) -> StridePath { .accountStatus(.value(id)) }
    static func roles(_ id: UUID) -> StridePath { .roles(.value(id)) }
    static func workgroup(_ id: UUID) -> StridePath { .workgroup(.value(id)) }
    static func workgroupSkills(_ id: UUID) -> StridePath { .workgroupSkills(.value(id)) }
    static func workgroupSkillsExport(_ id: UUID) -> StridePath { .workgroupSkillsExport(.value(id)) }
    static func workgroupNeeds(_ id: UUID) -> StridePath { .workgroupNeeds(.value(id)) }
    static func newWorkTask(_ id: UUID) -> StridePath { .newWorkTask(.value(id)) }
    static func workTask(_ id: UUID) -> StridePath { .workTask(.value(id)) }
    static func workTaskStatus(_ id: UUID) -> StridePath { .workTaskStatus(.value(id)) }
    static func unitSkills(_ id: UUID) -> StridePath { .unitSkills(.value(id)) }
    static func unitSkillsExport(_ id: UUID) -> StridePath { .unitSkillsExport(.value(id)) }
    static func editWorkgroup(_ id: UUID) -> StridePath { .editWorkgroup(.value(id)) }
    static func workgroupMembers(_ id: UUID) -> StridePath { .workgroupMembers(.value(id)) }
    static func removeWorkgroupMember(workgroup: UUID, staff: UUID) -> StridePath {
        .removeWorkgroupMember(workgroup: .value(workgroup), staff: .value(staff))
    }
    static func pendingFrameworkImport(_ id: UUID) -> StridePath { .pendingFrameworkImport(.value(id)) }
    static func framework(_ id: UUID) -> StridePath { .framework(.value(id)) }
    static func roleProfile(_ id: UUID) -> StridePath { .roleProfile(.value(id)) }
    static func editRoleProfile(_ id: UUID) -> StridePath { .editRoleProfile(.value(id)) }
    static func assignRoleProfile(_ id: UUID) -> StridePath { .assignRoleProfile(.value(id)) }
    static func frameworkExport(_ id: UUID) -> StridePath { .frameworkExport(.value(id)) }
    static func skill(framework: UUID, skill: UUID) -> StridePath { .skill(framework: .value(framework), skill: .value(skill)) }
    static func newCompetency(_ id: UUID) -> StridePath { .newCompetency(.value(id)) }
    static func editCompetency(framework: UUID, skill: UUID) -> StridePath { .editCompetency(framework: .value(framework), skill: .value(skill)) }
    static func removeCompetency(framework: UUID, skill: UUID) -> StridePath { .removeCompetency(framework: .value(framework), skill: .value(skill)) }
    static func newFrameworkVersion(_ id: UUID) -> StridePath { .newFrameworkVersion(.value(id)) }
    static func apiFramework(_ id: UUID) -> StridePath { .apiFramework(.value(id)) }
    static func appraisalForm(_ id: UUID) -> StridePath { .appraisalForm(.value(id)) }
    static func cycleTimeline(_ id: UUID) -> StridePath { .cycleTimeline(.value(id)) }
    static func cycleOpeningRun(_ id: UUID) -> StridePath { .cycleOpeningRun(.value(id)) }
    static func revokeDelegation(_ id: UUID) -> StridePath { .revokeDelegation(.value(id)) }
    static func cycleCheckIns(_ id: UUID) -> StridePath { .cycleCheckIns(.value(id)) }
    static func editAppraisalForm(_ id: UUID) -> StridePath { .editAppraisalForm(.value(id)) }
    static func printAppraisalForm(_ id: UUID) -> StridePath { .printAppraisalForm(.value(id)) }
    static func appraisalFormTransitions(_ id: UUID) -> StridePath { .appraisalFormTransitions(.value(id)) }
    static func nextCycle(_ id: UUID) -> StridePath { .nextCycle(.value(id)) }
    static func competencyFramework(_ id: UUID) -> StridePath { .competencyFramework(.value(id)) }
    static func upwardFeedbackRound(_ id: UUID) -> StridePath { .upwardFeedbackRound(.value(id)) }
    static func upwardFeedbackResponses(_ id: UUID) -> StridePath { .upwardFeedbackResponses(.value(id)) }
    static func colleagueFeedback(_ id: UUID) -> StridePath { .colleagueFeedback(.value(id)) }
    static func colleagueFeedbackRequest(_ id: UUID) -> StridePath { .colleagueFeedbackRequest(.value(id)) }
    static func notification(_ id: UUID) -> StridePath { .notification(.value(id)) }
    static func staffImprovementPlans(_ id: UUID) -> StridePath { .staffImprovementPlans(.value(id)) }
    static func newImprovementPlan(_ id: UUID) -> StridePath { .newImprovementPlan(.value(id)) }
    static func improvementPlan(_ id: UUID) -> StridePath { .improvementPlan(.value(id)) }
    static func editImprovementPlan(_ id: UUID) -> StridePath { .editImprovementPlan(.value(id)) }
    static func improvementPlanOwnView(_ id: UUID) -> StridePath { .improvementPlanOwnView(.value(id)) }
    static func improvementPlanCheckIns(_ id: UUID) -> StridePath { .improvementPlanCheckIns(.value(id)) }
    static func improvementPlanReview(_ id: UUID) -> StridePath { .improvementPlanReview(.value(id)) }
    static func improvementPlanBoardReview(_ id: UUID) -> StridePath { .improvementPlanBoardReview(.value(id)) }
    static func closeUpwardFeedbackRound(_ id: UUID) -> StridePath { .closeUpwardFeedbackRound(.value(id)) }
    static func newObjective(_ id: UUID) -> StridePath { .newObjective(.value(id)) }
    static func revokeAPIToken(_ id: UUID) -> StridePath { .revokeAPIToken(.value(id)) }
    static func objective(_ id: UUID) -> StridePath { .objective(.value(id)) }
    static func alignmentNode(_ id: UUID) -> StridePath { .alignmentNode(.value(id)) }
    static func editObjective(_ id: UUID) -> StridePath { .editObjective(.value(id)) }
    static func objectiveReadings(_ id: UUID) -> StridePath { .objectiveReadings(.value(id)) }
    static func objectiveStatus(_ id: UUID) -> StridePath { .objectiveStatus(.value(id)) }
    static func workgroupFeedback(_ id: UUID) -> StridePath { .workgroupFeedback(.value(id)) }
    static func workgroupFormation(_ id: UUID) -> StridePath { .workgroupFormation(.value(id)) }
    static func editOrganisationalOutcome(_ id: UUID) -> StridePath { .editOrganisationalOutcome(.value(id)) }
}

extension RoutesBuilder {
    @discardableResult
    func get<R: AsyncResponseEncodable>(_ path: StridePath, use handler: @Sendable @escaping (Request) async throws -> R) -> Route {
        get(path.components, use: handler)
    }

    @discardableResult
    func post<R: AsyncResponseEncodable>(_ path: StridePath, use handler: @Sendable @escaping (Request) async throws -> R) -> Route {
        post(path.components, use: handler)
    }

    /// A POST whose body (an upload) is collected up to `maxSize`.
    @discardableResult
    func upload<R: AsyncResponseEncodable>(_ path: StridePath, maxSize: ByteCount,
                                           use handler: @Sendable @escaping (Request) async throws -> R) -> Route {
        on(.POST, path.components, body: .collect(maxSize: maxSize), use: handler)
    }
}

extension Request {
    /// A UUID path parameter, or 404 when it is not a UUID (a mistyped link is "not found").
    func parameter(_ key: PathKey) throws -> UUID {
        guard let raw = parameters.get(key.rawValue), let id = UUID(uuidString: raw) else {
            throw StrideError.notFound("The page")
        }
        return id
    }

    /// The record named by a UUID path parameter, or 404 naming what was missing.
    func find<M: Model>(_ type: M.Type, _ key: PathKey, _ what: String) async throws -> M where M.IDValue == UUID {
        guard let record = try await M.find(try parameter(key), on: db) else { throw StrideError.notFound(what) }
        return record
    }

    func redirect(to path: StridePath) -> Response {
        redirect(to: path.href, redirectType: .normal)
    }
}
