import Fluent
import Foundation
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// Workgroup objectives end to end: the lead sets one with its criteria, members record
    /// progress, the status is derived and overridden; the alignment page from an organisational
    /// outcome to the outputs that serve it, each output's words only for those who see its owner.
    @Suite struct ObjectiveRouteTests {
        /// Mona leads a workgroup with Raj in it; the unit outcome is the Policy unit's.
        static func workgroup(_ setup: AppraisalFormTests.Setup, _ app: Application) async throws -> Workgroup {
            let group = Workgroup(details: WorkgroupDetails(name: "Briefings", kind: .outcomeSquad, purpose: "Briefings on time", endDate: nil),
                                  leadID: setup.org.manager.id!)
            try await group.create(on: app.db)
            try await WorkgroupMembership(workgroupID: group.id!, staffMemberID: setup.org.manager.id!, role: "Lead").create(on: app.db)
            try await WorkgroupMembership(workgroupID: group.id!, staffMemberID: setup.org.report.id!, role: "Analyst").create(on: app.db)
            return group
        }

        static func objectiveForm(_ setup: AppraisalFormTests.Setup, owner: UUID, target: String = "90") -> [String: String] {
            ["title": "Briefings delivered on time", "startsOn": "2026-01-01", "dueOn": "2026-12-31",
             "unitOutcome": setup.outcomeID.uuidString.lowercased(), "owner": owner.uuidString.lowercased(), "criterion-count": "2",
             "criterion-1-indicator": "Briefings on time", "criterion-1-unit": "%", "criterion-1-baseline": "40", "criterion-1-target": target,
             "criterion-1-dueOn": "2026-12-31", "criterion-1-weight": "3",
             "criterion-2-indicator": "Complaints", "criterion-2-unit": "complaints", "criterion-2-baseline": "20", "criterion-2-target": "5",
             "criterion-2-dueOn": "2026-06-30"]
        }

        @Test func theLeadSetsAnObjectiveMembersRecordProgressAndTheStatusFollowsTheFigures() async throws {
            try await withStrideApp { app, clock in
                let setup = try await AppraisalFormTests.setUp(app)
                let org = setup.org
                let group = try await Self.workgroup(setup, app)
                let mona = try await Browser.signedIn(app, as: org.manager), raj = try await Browser.signedIn(app, as: org.report)
                let olu = try await Browser.signedIn(app, as: org.other)
                #expect(try await raj.get(.newObjective(group.id!)).status == .forbidden)
                // Bad input: named by field, nothing written.
                var bad = Self.objectiveForm(setup, owner: org.other.id!, target: "40")
                bad["criterion-2-dueOn"] = "2027-03-01"
                let refused = try await mona.post(.newObjective(group.id!), bad)
                let page = refused.body.string
                #expect(refused.status == .unprocessableEntity)
                #expect(page.contains("href=\"#owner\"") && page.contains("Choose the lead or a member of the workgroup"))
                #expect(page.contains("href=\"#criterion-1-target\"") && page.contains("Criterion 1: The target must differ from the baseline"))
                #expect(page.contains("href=\"#criterion-2-dueOn\"") && page.contains("Criterion 2: due by the objective&#39;s due date, 2026-12-31"))
                #expect(try await WorkgroupObjective.query(on: app.db).count() == 0)

                let created = try await mona.post(.newObjective(group.id!), Self.objectiveForm(setup, owner: org.report.id!))
                #expect(created.status == .seeOther)
                let objective = try #require(try await WorkgroupObjective.query(on: app.db).first())
                let criteria = try await ObjectiveCriterion.query(on: app.db).sort(\.$position).all()
                #expect(criteria.map(\.indicator) == ["Briefings on time", "Complaints"] && criteria.map(\.weight) == [3, 1])
                #expect(created.location == StridePath.objective(objective.id!).href)

                // Raj (a member) records readings; Olu may read but not record.
                #expect(try await olu.get(.objective(objective.id!)).status == .ok)
                #expect(try await olu.post(.objectiveReadings(objective.id!), ["criterion": criteria[0].id!.uuidString, "value": "50",
                                                                               "on": "2026-02-01"]).status == .forbidden)
                let future = try await raj.post(.objectiveReadings(objective.id!), ["criterion": criteria[0].id!.uuidString, "value": "5x",
                                                                                    "on": "2026-04-01"])
                #expect(future.status == .unprocessableEntity && future.body.string.contains("Value must be a number, like 40 or 12.5")
                        && future.body.string.contains("A reading cannot be in the future"))
                for (criterion, value, day) in [(criteria[0], "45", "2026-01-31"), (criteria[0], "48", "2026-02-28"), (criteria[1], "17", "2026-02-28")] {
                    #expect(try await raj.post(.objectiveReadings(objective.id!), ["criterion": criterion.id!.uuidString, "value": value,
                                                                                   "on": day, "comment": "Monthly figures"]).status == .seeOther)
                }
                // On 1 March: criterion 1 is 16 % of the way with 16 % of its time gone (on track); criterion 2 is
                // 20 % with a third gone (at risk). Weighted (3:1): 17 % against 20 % elapsed, on track.
                let loaded = try #require(try await ObjectiveQueries.one(objective.id!, today: CalendarDate(iso: "2026-03-01")!, on: app.db))
                #expect(loaded.criteria.map(\.measured.status) == [.onTrack, .atRisk] && loaded.standing.status == .onTrack)
                let shown = try await olu.get(.objective(objective.id!)).body.string
                #expect(shown.contains("17 % of the way to its targets") && shown.contains("Briefings on time") && shown.contains("<svg"))
                #expect(shown.contains("28 February 2026") && shown.contains("Show the data as a table") && !shown.contains("Record progress"))

                // The lead overrides, with a reason; Raj may not.
                #expect(try await raj.post(.objectiveStatus(objective.id!), ["status": "at_risk", "reason": "x"]).status == .forbidden)
                let noReason = try await mona.post(.objectiveStatus(objective.id!), ["status": "at_risk"])
                #expect(noReason.status == .unprocessableEntity && noReason.body.string.contains("Say why the status differs"))
                #expect(try await mona.post(.objectiveStatus(objective.id!), ["status": "at_risk", "reason": "The ministry's calendar moved"]).status == .seeOther)
                let overridden = try await olu.get(.objective(objective.id!)).body.string
                #expect(overridden.contains("At risk") && overridden.contains("Set by the lead (the figures give on track): The ministry&#39;s calendar moved"))
                #expect(try await mona.post(.objectiveStatus(objective.id!), ["intent": "clear"]).status == .seeOther)
                #expect(try await WorkgroupObjective.find(objective.id!, on: app.db)?.statusOverride == nil)

                // Changing the objective keeps its criteria's readings; a stale form is refused.
                var changed = Self.objectiveForm(setup, owner: org.report.id!)
                changed["criterion-count"] = "1"
                changed["version"] = "3"
                #expect(try await mona.post(.editObjective(objective.id!), changed).status == .seeOther)
                #expect(try await ObjectiveCriterion.query(on: app.db).count() == 1)
                #expect(try await CriterionReading.query(on: app.db).count() == 2)
                changed["version"] = "3"
                #expect(try await mona.post(.editObjective(objective.id!), changed).status == .conflict)
                clock.advance(by: 0)
                let trail = try await AuditEvent.query(on: app.db).filter(\.$kind == .workgroupObjective).count()
                #expect(trail == 7, "set, three readings, override, clear, change")
                #expect(try await olu.get(.workgroup(group.id!)).body.string.contains("Briefings delivered on time"))
            }
        }

        @Test func theAlignmentPageRollsUpAndFlagsWhatDoesNotConnect() async throws {
            try await withStrideApp { app, _ in
                let setup = try await AppraisalFormTests.setUp(app)
                let org = setup.org
                let group = try await Self.workgroup(setup, app)
                let hana = try await Browser.signedIn(app, as: org.hr), mona = try await Browser.signedIn(app, as: org.manager)
                let raj = try await Browser.signedIn(app, as: org.report), olu = try await Browser.signedIn(app, as: org.other)
                #expect(try await raj.post(.newOrganisationalOutcome, ["title": "x"]).status == .forbidden)
                let missing = try await hana.post(.newOrganisationalOutcome, ["title": "Policy influence", "periodStart": "2026-01-01",
                                                                              "periodEnd": "2028-01-01", "owner": "nobody@example.org"])
                #expect(missing.status == .unprocessableEntity && missing.body.string.contains("No staff member has the staff ID or email nobody@example.org"))
                #expect(try await hana.post(.newOrganisationalOutcome, ["title": "Policy influence", "periodStart": "2026-01-01",
                                                                        "periodEnd": "2028-01-01", "owner": "C1"]).status == .seeOther)
                let organisational = try #require(try await OrganisationalOutcome.query(on: app.db).first())
                // HR links the Policy unit's outcome to it.
                let unitOutcome = try #require(try await UnitOutcome.find(setup.outcomeID, on: app.db))
                #expect(try await hana.post(.editUnitOutcome(unit: org.policy.id!, outcome: setup.outcomeID),
                                            ["title": unitOutcome.title, "periodStart": "2026-01-01", "periodEnd": "2028-01-01",
                                             "organisationalOutcome": organisational.id!.uuidString, "version": "1"]).status == .seeOther)
                #expect(try await UnitOutcome.find(setup.outcomeID, on: app.db)?.$organisationalOutcome.id == organisational.id)
                #expect(try await mona.post(.newObjective(group.id!), ObjectiveRouteTests.objectiveForm(setup, owner: org.report.id!)).status == .seeOther)
                let objective = try #require(try await WorkgroupObjective.query(on: app.db).first())

                // Raj's outputs: the first contributes to the objective, the others serve the unit outcome directly.
                var form = AppraisalFormTests.complete(setup, version: 1, intent: "save-draft")
                form["output-1-workgroup-objective"] = objective.id!.uuidString.lowercased()
                #expect(try await raj.get(.editAppraisalForm(setup.formID)).body.string.contains("Briefings delivered on time (Briefings)"))
                #expect(try await raj.post(.editAppraisalForm(setup.formID), form).status == .seeOther)
                let links = try await OutputAlignment.query(on: app.db).sort(\.$position).all()
                #expect(links.map(\.$objective.id) == [objective.id!, nil, nil] && links.allSatisfy { $0.$unitOutcome.id == setup.outcomeID })
                // Jo's draft output serves nothing yet.
                let joCycle = try #require(try await AppraisalCycle.query(on: app.db).filter(\.$staffMember.$id == org.junior.id!).first())
                let joForm = try #require(try await AppraisalForm.query(on: app.db).filter(\.$cycle.$id == joCycle.id!).first())
                let jo = try await Browser.signedIn(app, as: org.junior)
                #expect(try await jo.post(.editAppraisalForm(joForm.id!), ["intent": "save-draft", "version": "1", "output-count": "1",
                                                                           "output-1-description": "Jo's first output"]).status == .seeOther)

                let seen = try await mona.get(.alignment).body.string
                #expect(seen.contains("Policy influence") && seen.contains("Policy advice adopted") && seen.contains("Briefings delivered on time"))
                #expect(seen.contains("Output 1: a policy paper") && seen.contains("Jo&#39;s first output") && seen.contains("Outputs linked to nothing"))
                // No reading yet, a fifth of the (weighted) time gone: at risk at every level.
                #expect(seen.contains("<strong class=\"st-tag st-tag--yellow\">At risk</strong> 0 % of the way, 20 % of the time gone."))
                // Olu sees whose work serves the outcome, not what Raj's or Jo's outputs say.
                let outsider = try await olu.get(.alignment).body.string
                #expect(outsider.contains("Raj Report") && !outsider.contains("Output 1: a policy paper") && !outsider.contains("Jo&#39;s first output"))
                #expect(!outsider.contains("Add an organisational outcome") && seen.contains("Raj Report"))
                // The objective's own page of outputs: the same rule for their words.
                let node = try await mona.get(.alignmentNode(objective.id!)).body.string
                #expect(node.contains("Output 1: a policy paper") && node.contains("1 output serves it."))
                let outsiderNode = try await olu.get(.alignmentNode(objective.id!)).body.string
                #expect(outsiderNode.contains("Raj Report") && !outsiderNode.contains("Output 1: a policy paper"))
                #expect(try await olu.get(.alignmentNode(UUID())).status == .notFound)
                // A unit or cursor that is not one shows the whole tree, or the first page, rather than failing.
                let wrongUnit = try await mona.get(StridePath.alignment.href + "?unit=nonsense&on=soon")
                #expect(wrongUnit.status == .ok && wrongUnit.body.string.contains("Policy influence") && !wrongUnit.body.string.contains("Whole organisation"))
                let wrongCursor = try await mona.get(StridePath.alignmentNode(objective.id!).href + "?after=nonsense")
                #expect(wrongCursor.status == .ok && wrongCursor.body.string.contains("Output 1: a policy paper"))
                // An objective nobody's output serves is flagged.
                #expect(try await mona.post(.newObjective(group.id!), ObjectiveRouteTests.objectiveForm(setup, owner: org.manager.id!)).status == .seeOther)
                #expect(try await olu.get(.alignment).body.string.contains("No output contributes"))
            }
        }
    }
}
