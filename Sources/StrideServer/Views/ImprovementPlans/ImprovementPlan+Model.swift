import Foundation
import StrideCore

/// The model of `improvement-plans/show.leaf`: the plan, the staff member's view, the check-ins,
/// the six-month review and the Reports Board's, each with the form its writer may use now.
struct ImprovementPlanModel: Encodable {
    struct CheckIn: Encodable {
        let when: String
        let author: String
        let note: String
    }

    let staffName: String
    let stage: String
    let stageColour: String
    let plan: SummaryBlock
    let editHref: String?
    let ownView: SummaryBlock?
    let ownViewAction: String?
    let ownViewFields: [FormField]
    let checkIns: [CheckIn]
    let checkInAction: String?
    let checkInFields: [FormField]
    let reviewDue: String
    let reviewOverdue: Bool
    let review: SummaryBlock?
    let reviewHref: String?
    let board: SummaryBlock?
    let boardAction: String?
    let boardFields: [FormField]
    let backHref: String

    init(_ loaded: ImprovementPlanQueries.Loaded, checkIns: [(checkIn: ImprovementPlanCheckIn, author: String?)], names: [UUID: String],
         may: (manage: Bool, ownView: Bool, board: Bool), today: CalendarDate, typed: [String: String], errors: [FieldError]) {
        let plan = loaded.plan, content = plan.planContent
        staffName = loaded.staff.record.details.name
        stage = plan.stage.displayName
        stageColour = switch plan.stage { case .open: "blue"; case .reviewed: "yellow"; case .closed: "grey" }
        func row(_ key: String, _ value: String?) -> SummaryList.Row {
            .answer(key, value, changeHref: nil, context: key.lowercased(), required: false)
        }
        self.plan = SummaryBlock(summary: SummaryList(rows: [
            row("Started", DisplayDate.long(plan.startsOn)),
            row("Areas below expectations", content?.areas),
            row("Training", content?.training), row("Coaching", content?.coaching), row("Other support", content?.otherSupport),
        ] + (content?.objectives ?? []).enumerated().map { index, objective in
            row("Objective \(index + 1)", "\(objective.description)\n\(objective.timeline)")
        }))
        editHref = may.manage ? StridePath.editImprovementPlan(plan.id!).href : nil
        ownView = plan.ownView.map { view in
            SummaryBlock(summary: SummaryList(rows: [row("Their view", view), row("Concerns about the support received", plan.supportConcerns)]))
        }
        ownViewAction = may.ownView ? StridePath.improvementPlanOwnView(plan.id!).href : nil
        ownViewFields = may.ownView ? [
            FormField("view", .textarea, label: "Your view", hint: "How you see the areas named and the plan agreed.",
                      value: typed["view"] ?? plan.ownView, errors: errors, maxLength: ImprovementPlanInput.maxTextLength, rows: 5),
            FormField("supportConcerns", .textarea, label: "Concerns about the support you receive (optional)",
                      value: typed["supportConcerns"] ?? plan.supportConcerns, errors: errors, maxLength: ImprovementPlanInput.maxTextLength, rows: 3),
        ] : []
        self.checkIns = checkIns.map {
            CheckIn(when: DisplayDate.instant($0.checkIn.writtenAt), author: $0.author ?? "A former staff member", note: $0.checkIn.note)
        }
        checkInAction = may.manage ? StridePath.improvementPlanCheckIns(plan.id!).href : nil
        checkInFields = may.manage ? [FormField("note", .textarea, label: "Check-in note", hint: "Progress against the objectives since the last check-in.",
                                                value: typed["note"], errors: errors, maxLength: CheckInRules.maxLength, rows: 4)] : []
        reviewDue = DisplayDate.long(plan.reviewDueOn)
        reviewOverdue = plan.stage == .open && plan.reviewDueOn < today
        review = plan.reviewProgress.map { progress in
            SummaryBlock(summary: SummaryList(rows: [
                row("Progress", progress == .sufficient ? "Sufficient" : "Insufficient"),
                row("Next step", plan.reviewNextStep?.displayName),
                row("Summary", plan.reviewSummary),
                row("Reviewed", plan.reviewedAt.map { "\(DisplayDate.instant($0)) by \(plan.reviewedBy.flatMap { names[$0] } ?? "the manager")" }),
            ]))
        }
        reviewHref = may.manage ? StridePath.improvementPlanReview(plan.id!).href : nil
        board = plan.boardReviewedAt.map { when in
            SummaryBlock(summary: SummaryList(rows: [row("Reviewed", "\(DisplayDate.instant(when)) by \(plan.boardReviewedBy.flatMap { names[$0] } ?? "a member")"),
                                                     row("Comment", plan.boardComment)]))
        }
        boardAction = may.board ? StridePath.improvementPlanBoardReview(plan.id!).href : nil
        boardFields = may.board ? [FormField("comment", .textarea, label: "The Board's comment (optional)", value: typed["comment"], errors: errors,
                                             maxLength: ImprovementPlanInput.maxTextLength, rows: 3)] : []
        backHref = StridePath.staffImprovementPlans(loaded.staff.record.id).href
    }

    /// The six-month review as a form (for `form.leaf`).
    static func reviewForm(_ planID: UUID, typed: [String: String], errors: [FieldError]) -> EditFormView {
        EditFormView(heading: "Six-month review", action: StridePath.improvementPlanReview(planID).href, fields: [
            FormField("progress", .radios, label: "Progress against the plan", value: typed["progress"], errors: errors,
                      options: FormField.options(ImprovementProgress.self, selected: typed["progress"]) { $0 == .sufficient ? "Sufficient" : "Insufficient" }),
            FormField("nextStep", .radios, label: "Next step, after insufficient progress", value: typed["nextStep"], errors: errors,
                      options: FormField.options(ImprovementNextStep.self, selected: typed["nextStep"]) { $0.displayName }),
            FormField("summary", .textarea, label: "Summary", hint: "Progress against each objective, and the support given. The review goes to the Reports Board and the plan no longer changes.",
                      value: typed["summary"], errors: errors, maxLength: 4000, rows: 6),
        ], cancelHref: StridePath.improvementPlan(planID).href)
    }
}

/// The model of `improvement-plans/index.leaf`: a person's plans, and opening one.
struct ImprovementPlanListModel: Encodable {
    struct Row: Encodable {
        let href: String
        let started: String
        let reviewDue: String
        let stage: String
    }

    let staffName: String
    let rows: [Row]
    let newHref: String?
    let backHref: String

    init(staff: StaffRows.Listed, plans: [ImprovementPlanRecord], mayOpen: Bool) {
        staffName = staff.record.details.name
        rows = plans.map {
            Row(href: StridePath.improvementPlan($0.id!).href, started: DisplayDate.long($0.startsOn), reviewDue: DisplayDate.long($0.reviewDueOn),
                stage: $0.stage.displayName)
        }
        newHref = mayOpen ? StridePath.newImprovementPlan(staff.record.id).href : nil
        backHref = StridePath.staffMember(staff.record.id).href
    }
}
