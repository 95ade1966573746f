import Vapor

/// The site map. Everything but signing in needs a signed-in person; the HR administration
/// area is a group of its own, so no route in it can be reached by anyone else whatever its
/// handler checks. Handlers ask the core policies about the record at hand.
func routes(_ app: Application) throws {
    // for load balancers: alive, and ready (reaches its database)
    try app.register(collection: HealthController())
    // signing in and out
    try app.register(collection: SessionController())

    let signedIn = app.grouped(RequireSignIn())
    let hrOnly = signedIn.grouped(AdministratorsOnly())
    do { // account: change own password
        try signedIn.register(collection: AccountController())
        // API tokens: each person their own; HR also service tokens
        try signedIn.register(collection: APITokenController())
    }
    do { // home: my profile, my manager, my reports
        try signedIn.register(collection: HomeController())
    }
    do { // appraisal cycles: my own; HR: the cycle policy of each contract type
        try signedIn.register(collection: AppraisalController())
        // a form's pages and transitions: the parties, their managers, the Board, HR
        try signedIn.register(collection: AppraisalFormController())
        try signedIn.register(collection: TeamController())
        try signedIn.register(collection: NextCycleController())
        try signedIn.register(collection: CycleTimelineController())
        // responsible chiefs (for their units) and HR: delegations of appraisals
        try signedIn.register(collection: DelegationController())
        // the Reports Board's queue: its members and HR
        try signedIn.register(collection: ReportsBoardController())
        try hrOnly.register(collection: CyclePolicyController())
        try hrOnly.register(collection: CycleOpeningController())
        try hrOnly.register(collection: OverdueFormsController())
        try hrOnly.register(collection: SkillRoundController())
        try hrOnly.register(collection: ReportsBoardSendingController())
    }
    do { // notifications: each person's own; HR: the e-mail outbox
        try signedIn.register(collection: NotificationController())
        try hrOnly.register(collection: OutboxController())
    }
    do { // feedback: upward feedback rounds for those invited, the chiefs and their supervisors; HR: running them
        try signedIn.register(collection: UpwardFeedbackController())
        // probation: the colleagues designated by the probationer and supervisor, and their feedback
        try signedIn.register(collection: ColleagueFeedbackController())
        // improvement plans: the person, their two managers, HR and the Reports Board
        try signedIn.register(collection: ImprovementPlanController())
        // recognition: anyone to a colleague
        try signedIn.register(collection: RecognitionController())
        try hrOnly.register(collection: UpwardFeedbackAdminController())
    }
    do { // dashboards: HR's of the organisation, each manager's of their team; HR: the audit trail
        try signedIn.register(collection: DashboardController())
        try hrOnly.register(collection: AuditTrailController())
    }
    do { // organisation browser; HR: editing units
        try signedIn.register(collection: UnitController())
        try hrOnly.register(collection: UnitEditingController())
        // the unit's outcomes: HR and the unit's responsible chief
        try signedIn.register(collection: UnitOutcomeController())
    }
    do { // staff directory and profiles; HR: editing staff, accounts and roles, staff import
        try signedIn.register(collection: StaffController())
        try hrOnly.register(collection: StaffEditingController())
        try hrOnly.register(collection: ContractChangeController())
        try hrOnly.register(collection: AccountAdminController())
        try hrOnly.register(collection: StaffImportController())
    }
    do { // workgroups; their leads and HR: members; HR: forming them
        try signedIn.register(collection: WorkgroupController())
        try signedIn.register(collection: WorkgroupMembershipController())
        try hrOnly.register(collection: WorkgroupEditingController())
        // their objectives: everyone reads them; the lead and HR set them; members record progress
        try signedIn.register(collection: ObjectiveController())
        try signedIn.register(collection: WorkgroupFormationController())
        try signedIn.register(collection: WorkgroupFeedbackController())
        // alignment: everyone reads it; HR sets the organisation's outcomes
        try signedIn.register(collection: AlignmentController())
    }
    do { // skills frameworks; HR: importing them, choosing the competency framework
        try signedIn.register(collection: FrameworkController())
        // job roles and the skills they require: everyone reads them, HR keeps them
        try signedIn.register(collection: RoleProfileController())
        try signedIn.register(collection: RoleProfileCSVController())
        try hrOnly.register(collection: RoleProfileEditingController())
        // a person's skills against their role: they, their managers, their chief, a delegate and HR
        try signedIn.register(collection: StaffSkillsController())
        try signedIn.register(collection: SkillsMatrixController())
        try signedIn.register(collection: WorkTaskController())
        try hrOnly.register(collection: FrameworkImportController())
        try hrOnly.register(collection: CompetencyFrameworkController())
        try hrOnly.register(collection: FrameworkEditingController())
    }
    do { // the JSON API, /api/v1: its routes come from Resources/openapi.json; each operation
         // checks sign-in and asks the same policies (the document itself is public)
        try StrideAPIController.register(on: app)
    }
}
