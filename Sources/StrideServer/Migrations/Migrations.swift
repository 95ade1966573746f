import Fluent
import SQLKit
import Vapor

/// Registers every migration in order. Never edit one that has landed: add the next number.
func registerMigrations(on app: Application) {
    // Migration 001 - the organisation, accounts and the audit trail
    app.migrations.add(CreateOrganisationalUnits())
    app.migrations.add(CreateStaffMembers())
    app.migrations.add(CreateAccounts())
    app.migrations.add(CreateRoleGrants())
    app.migrations.add(CreateWorkgroups())
    app.migrations.add(CreateWorkgroupMemberships())
    app.migrations.add(CreateLoginFailures())
    app.migrations.add(CreateAuditEvents())
    // Migration 002 - skills frameworks: scale, categories, skills, levels, indicators
    app.migrations.add(CreateSkillsFrameworks())
    app.migrations.add(CreateSkills())
    app.migrations.add(CreatePendingFrameworkImports())
    // Migration 003 - sign-in sessions that expire, are purged, and end together per person
    app.migrations.add(CreateWebSessions())
    // Migration 004 - versions on editable records, for edits that cannot be lost
    app.migrations.add(UpdateStaffMembersAddVersion())
    app.migrations.add(UpdateOrganisationalUnitsAddVersion())
    app.migrations.add(UpdateWorkgroupsAddVersion())
    app.migrations.add(UpdateSkillsFrameworksAddVersion())
    // Migration 005 - counts of active staff by unit from an index
    app.migrations.add(CreateStaffMembersUnitStatusIndex())
    // Migration 006 - the supervision tree as a path on each person, answered from an index
    app.migrations.add(UpdateStaffMembersAddSupervisionPath())
    // Migration 007 - the words the staff directory's search finds people by, on an index
    app.migrations.add(CreateStaffSearchTerms())
    // Migration 008 - counts of staff by status, kept by triggers
    app.migrations.add(CreateStaffCounts())
    // Migration 009 - the directory's pages in order from an index of name, id and status
    app.migrations.add(ReplaceStaffMembersNameIndex())
    // Migration 010 - counts of active staff per unit, kept by triggers
    app.migrations.add(CreateUnitStaffCounts())
    // Migration 011 - the cycle policy of each contract type, with the standard defaults
    app.migrations.add(CreateCyclePolicies())
    // Migration 012 - the outcomes each unit is to achieve, per period
    app.migrations.add(CreateUnitOutcomes())
    // Migration 013 - appraisal cycles as opened, their forms, and each form's history
    app.migrations.add(CreateAppraisalCycles())
    app.migrations.add(CreateAppraisalForms())
    app.migrations.add(CreateAppraisalFormEvents())
    // Migration 014 - which framework holds the organisation's competencies
    app.migrations.add(UpdateSkillsFrameworksAddCompetencyFlag())
    // Migration 015 - the End of Cycle's overall rating, counted by the Reports Board
    app.migrations.add(UpdateAppraisalFormsAddOverallRating())
    // Migration 016 - check-in notes on a cycle
    app.migrations.add(CreateCycleCheckIns())
    // Migration 017 - delegations of appraisals by responsible chiefs
    app.migrations.add(CreateAppraisalDelegations())
    // Migration 018 - changes of contract type, each from the day it takes effect
    app.migrations.add(CreateContractChanges())
    // Migration 019 - each form's due date, for the overdue list and the queues
    app.migrations.add(UpdateAppraisalFormsAddDueOn())
    // Migration 020 - the contract end or separation date on the staff record
    app.migrations.add(UpdateStaffMembersAddContractEnd())
    // Migration 021 - openings of cycles for everyone, run in the background
    app.migrations.add(CreateCycleOpeningRuns())
    // Migration 022 - job roles and the skills they require
    app.migrations.add(CreateRoleProfiles())
    // Migration 023 - the role each person is assigned
    app.migrations.add(UpdateStaffMembersAddRoleProfile())
    // Migration 024 - skill levels proposed and decided
    app.migrations.add(CreateSkillAssessments())
    // Migration 025 - the skills a workgroup's work needs
    app.migrations.add(CreateWorkgroupSkillNeeds())
    // Migration 026 - tasks allocated to a workgroup's members, with the skills each needs
    app.migrations.add(CreateWorkTasks())
    // Migration 027 - rounds of skills assessment HR opens
    app.migrations.add(CreateSkillRounds())
    // Migration 028 - upward feedback on responsible chiefs: the template, rounds, invitations
    // and anonymous responses
    app.migrations.add(CreateUpwardFeedbackTemplates())
    app.migrations.add(CreateUpwardFeedbackRounds())
    app.migrations.add(CreateUpwardFeedbackInvitations())
    app.migrations.add(CreateUpwardFeedbackResponses())
    // Migration 029 - colleagues designated for a probationer's feedback, and what each gave
    app.migrations.add(CreateColleagueFeedbackRequests())
    // Migration 030 - performance improvement plans and their check-ins
    app.migrations.add(CreateImprovementPlans())
    app.migrations.add(CreateImprovementPlanCheckIns())
    // Migration 031 - recognition given to colleagues
    app.migrations.add(CreateRecognitions())
    // Migration 032 - notifications, the e-mail outbox, and the lease of the daily reminders job
    app.migrations.add(CreateNotifications())
    app.migrations.add(CreateOutboxMessages())
    app.migrations.add(CreateJobLeases())
    // Migration 033 - the objectives cascade: organisational outcomes, unit outcomes serving them,
    // workgroup objectives with their criteria and the readings of each
    app.migrations.add(CreateOrganisationalOutcomes())
    app.migrations.add(UpdateUnitOutcomesAddOrganisationalOutcome())
    app.migrations.add(CreateWorkgroupObjectives())
    app.migrations.add(CreatePerformanceCriteria())
    // Migration 034 - each cycle's outputs with what they serve, for the alignment page
    app.migrations.add(CreateOutputAlignments())
    // Migration 035 - temporary workgroups' start dates, feedback given in a workgroup, and the
    // objective a task serves
    app.migrations.add(UpdateWorkgroupsAddStartDate())
    app.migrations.add(CreateWorkgroupFeedback())
    app.migrations.add(UpdateWorkTasksAddObjective())
    // Migration 036 - the audit trail in time order, for the audit viewer
    app.migrations.add(CreateAuditEventsTimeIndexes())
    // Migration 037 - for the dashboards: appraisal forms counted by unit, kind, state, rating and cycle
    // end, and staff by contract type
    app.migrations.add(CreateFormTallies())
    app.migrations.add(CreateStaffMembersContractTypeIndex())
    // Migration 038 - personal access tokens and service tokens for the JSON API
    app.migrations.add(CreateAPITokens())
    // Migration 039 - the alignment view's first outputs under each node, and the unlinked ones
    app.migrations.add(UpdateOutputAlignmentsIndexesForNodes())
    // Migration 040 - form lists paged in id order within a state (the Reports Board's queue)
    app.migrations.add(CreateAppraisalFormsStateIDIndex())
    // Migration 041 - PostgreSQL keeps the staff counts once per statement on insert and delete
    app.migrations.add(UpdateStaffCountTriggersPerStatement())
}

extension Database {
    /// A plain (non-unique) index; Fluent's schema builder only makes unique constraints.
    func createIndex(_ name: String, on table: String, _ columns: String...) async throws {
        var builder = try sql().create(index: name).on(table)
        for column in columns { builder = builder.column(column) }
        try await builder.run()
    }
}
