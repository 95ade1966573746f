/// What an audit event records. The raw values are what the audit trail stores, so they
/// never change once written; new kinds of change add cases.
public enum AuditAction: String, Sendable, CaseIterable, Codable {
    case create
    case update
    case addMember = "add_member"
    case removeMember = "remove_member"
    case issueOneTimePassword = "issue_one_time_password"
    case changePassword = "change_password"
    case disableAccount = "disable_account"
    case enableAccount = "enable_account"
    case grantRole = "grant_role"
    case revokeRole = "revoke_role"
    case importData = "import"
    case reimport
    case loadDemo = "load_demo"
    /// A form moved through the appraisal workflow (submitted, sent back, sent to the Board…).
    case transition
    /// A party signed an appraisal form.
    case sign
    case revoke
    /// Something recorded by mistake taken back, such as a change of contract type.
    case withdraw
    /// A round closed: its report compiled once, its responses no longer accepted.
    case close
}

/// The kind of record an audit event is about, as stored in the trail.
public enum AuditRecordKind: String, Sendable, CaseIterable, Codable {
    case staffMember = "staff_member"
    case organisationalUnit = "organisational_unit"
    case workgroup
    case skillsFramework = "skills_framework"
    case organisation
    case cyclePolicy = "cycle_policy"
    case unitOutcome = "unit_outcome"
    case appraisalCycle = "appraisal_cycle"
    case appraisalForm = "appraisal_form"
    case checkIn = "check_in"
    case delegation
    case contractChange = "contract_change"
    case roleProfile = "role_profile"
    case skillAssessment = "skill_assessment"
    case workTask = "work_task"
    case skillRound = "skill_round"
    case upwardFeedbackRound = "upward_feedback_round"
    case upwardFeedbackTemplate = "upward_feedback_template"
    case colleagueFeedback = "colleague_feedback"
    case improvementPlan = "improvement_plan"
    case recognition
    case organisationalOutcome = "organisational_outcome"
    case workgroupObjective = "workgroup_objective"
    case workgroupFeedback = "workgroup_feedback"
    case apiToken = "api_token"
}
