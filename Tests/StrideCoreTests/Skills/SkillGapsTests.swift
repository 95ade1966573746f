import Foundation
import StrideCore
import Testing

/// Gaps against a role and the development priorities they give.
@Suite struct SkillGapsTests {
    static func skill(_ name: String, defined: [Int] = [2, 3, 4, 5], scale: [Int] = Array(1...7)) -> SkillRef {
        SkillRef(id: UUID(), name: name, frameworkName: "SFIA 9", scale: scale, definedLevels: defined)
    }

    @Test func eachRequirementHasItsGapAndPrioritiesPutEssentialAndLargerGapsFirst() {
        let data = Self.skill("Data management"), testing = Self.skill("Testing"), release = Self.skill("Release and deployment")
        let coaching = Self.skill("Coaching"), audit = Self.skill("Audit")
        let requirements = [
            SkillRequirement(skill: coaching, level: 3, essential: false),
            SkillRequirement(skill: testing, level: 4),
            SkillRequirement(skill: data, level: 4),
            SkillRequirement(skill: release, level: 3),
            SkillRequirement(skill: audit, level: 5, essential: false),
        ]
        // Testing confirmed above the need, data management two short, release not assessed (0).
        let gaps = SkillGaps.gaps(requirements, confirmed: [testing.id: 5, data.id: 2, coaching.id: 1, audit.id: 3])
        #expect(gaps.map { "\($0.skill.name) \($0.confirmed.map(String.init) ?? "-")→\($0.requirement.level) gap \($0.gap)" } == [
            "Release and deployment -→3 gap 3",
            "Data management 2→4 gap 2",
            "Testing 5→4 gap 0",
            // Desirable ones after every essential one, even with equal gaps, then by name.
            "Audit 3→5 gap 2",
            "Coaching 1→3 gap 2",
        ])
        #expect(SkillGaps.priorities(gaps).map(\.skill.name) == ["Release and deployment", "Data management", "Audit", "Coaching"])
        #expect(SkillGaps.suggestedObjective(SkillGaps.priorities(gaps)[1], levelSummary: "Plans and manages data.")
            == "Develop Data management from level 2 to level 4 (SFIA 9): Plans and manages data.")
        #expect(SkillGaps.suggestedObjective(SkillGaps.priorities(gaps)[0], levelSummary: nil)
            == "Develop Release and deployment to level 3 (SFIA 9)")
        #expect(SkillGaps.gaps([], confirmed: [:]).isEmpty)
    }

    @Test func aLevelMustBeOnTheScaleAndDescribedForTheSkill() {
        let release = Self.skill("Release and deployment")
        #expect(release.problem(with: 3) == nil)
        #expect(release.problem(with: 8) == "Level 8 is not on SFIA 9's scale (1–7)")
        #expect(release.problem(with: 1) == "Release and deployment is not described at level 1: choose 2–5")
        #expect(Self.skill("Odd", defined: [2, 4]).problem(with: 3) == "Odd is not described at level 3: choose 2 or 4")
    }

    @Test func aProposalNeedsADescribedLevelEvidenceAndThatLevelsIndicators() {
        let release = Self.skill("Release and deployment")
        let indicators = [3: ["Uses release tools.", "Documents releases."], 4: ["Leads releases."]]
        let ok = SkillAssessmentRules.proposal(level: "3", evidence: " Ran the May release. ", indicators: ["Uses release tools.", ""],
                                               skill: release, indicatorsAt: indicators)
        #expect(ok.value == SkillProposal(level: 3, evidence: "Ran the May release.", indicators: ["Uses release tools."]))
        #expect(SkillAssessmentRules.proposal(level: nil, evidence: nil, indicators: [], skill: release, indicatorsAt: indicators).errors == [
            FieldError("level", "Choose a level"), FieldError("evidence", "Say what you have done that shows this level"),
        ])
        #expect(SkillAssessmentRules.proposal(level: "three", evidence: "x", indicators: [], skill: release, indicatorsAt: [:]).errors
            == [FieldError("level", "Level must be a whole number, like 3")])
        #expect(SkillAssessmentRules.proposal(level: "1", evidence: "x", indicators: [], skill: release, indicatorsAt: [:]).errors
            == [FieldError("level", "Release and deployment is not described at level 1: choose 2–5")])
        #expect(SkillAssessmentRules.proposal(level: "3", evidence: "x", indicators: ["Leads releases."], skill: release,
                                              indicatorsAt: indicators).errors
            == [FieldError("indicators", "“Leads releases.” is not an indicator of Release and deployment at level 3")])
    }

    @Test func aDecisionAtAnotherLevelNeedsAComment() {
        let release = Self.skill("Release and deployment")
        #expect(SkillAssessmentRules.decision(level: "3", comment: "", proposed: 3, skill: release).value == SkillDecision(level: 3, comment: nil))
        #expect(SkillAssessmentRules.decision(level: "3", comment: nil, proposed: 3, skill: release).value?.status(proposed: 3) == .confirmed)
        #expect(SkillAssessmentRules.decision(level: "2", comment: nil, proposed: 3, skill: release).errors
            == [FieldError("comment", "Say why the level is 2 rather than the 3 proposed")])
        let changed = SkillAssessmentRules.decision(level: "2", comment: "Not yet leading releases alone.", proposed: 3, skill: release)
        #expect(changed.value?.status(proposed: 3) == .changed)
        #expect(SkillAssessmentRules.decision(level: "9", comment: "x", proposed: 3, skill: release).errors.map(\.field) == ["level"])
    }
}
