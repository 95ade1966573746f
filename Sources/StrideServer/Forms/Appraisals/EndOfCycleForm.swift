import Foundation
import StrideCore

/// The End of Cycle as one party's page posts it: `output-2-self` for the staff member's
/// self-assessment of the second output of the plan, `output-2-rating` and `-comment` for the
/// manager's, and so on. Items are numbered in the plan's order.
struct EndOfCycleForm: PostedAppraisalForm {
    let values: [String: String]
    let version: Int?
    /// "submit" hands the part in (the self-assessment, or the form for signature).
    let submits: Bool
}

extension EndOfCycleForm {
    /// The stored form's values, for drawing the page.
    init(_ form: EndOfCycle, context: EndOfCycleRules.Context, version: Int) {
        let aligned = EndOfCycleRules.align(form, context)
        var values = ["version": String(version), "objective-self": form.objectiveSelfAssessment, "challenges": form.challenges,
                      "lessons-learned": form.lessonsLearned, "objective-assessment": form.objectiveAssessment,
                      "accountabilities-assessment": form.accountabilitiesAssessment, "overall-rating": form.overallRating?.rawValue ?? "",
                      "justification": form.justification]
        for (prefix, assessments) in [("output", aligned.outputs.map(\.assessment)), ("competency", aligned.competencies.map(\.assessment))] {
            for (offset, assessment) in assessments.enumerated() {
                values[RepeatedGroup.fieldID(prefix, offset + 1, "self")] = assessment.selfAssessment
                values[RepeatedGroup.fieldID(prefix, offset + 1, "rating")] = assessment.rating?.rawValue ?? ""
                values[RepeatedGroup.fieldID(prefix, offset + 1, "comment")] = assessment.comment
            }
        }
        self.init(posted: values)
    }

    /// Everything the page holds as content, in the plan's order. The caller keeps only the
    /// posting party's part of it (`EndOfCycle.withSelfAssessment` / `withManagerPart`).
    func content(context: EndOfCycleRules.Context) -> EndOfCycle {
        func assessment(_ prefix: String, _ offset: Int) -> ElementAssessment {
            ElementAssessment(selfAssessment: values[RepeatedGroup.fieldID(prefix, offset + 1, "self")] ?? "",
                              rating: values[RepeatedGroup.fieldID(prefix, offset + 1, "rating")].flatMap(ElementRating.init(rawValue:)),
                              comment: values[RepeatedGroup.fieldID(prefix, offset + 1, "comment")] ?? "")
        }
        return EndOfCycle(
            outputs: context.outputKeys.enumerated().map { OutputAssessment(key: $0.element, assessment: assessment("output", $0.offset)) },
            competencies: context.competencySkills.enumerated().map { CompetencyAssessment(skillID: $0.element, assessment: assessment("competency", $0.offset)) },
            objectiveSelfAssessment: values["objective-self"] ?? "", challenges: values["challenges"] ?? "",
            lessonsLearned: values["lessons-learned"] ?? "", objectiveAssessment: values["objective-assessment"] ?? "",
            accountabilitiesAssessment: values["accountabilities-assessment"] ?? "",
            overallRating: values["overall-rating"].flatMap(OverallRating.init(rawValue:)), justification: values["justification"] ?? "")
    }

    /// The page's id for a field the core names: `outputs[1].rating` is `output-2-rating`.
    static func pageField(_ coreField: String) -> String {
        let singles = ["objectiveSelfAssessment": "objective-self", "lessonsLearned": "lessons-learned",
                       "objectiveAssessment": "objective-assessment", "accountabilitiesAssessment": "accountabilities-assessment",
                       "overallRating": "overall-rating"]
        if let single = singles[coreField] { return single }
        guard let path = CoreFieldPath(coreField), let prefix = ["outputs": "output", "competencies": "competency"][path.list] else {
            return coreField
        }
        return RepeatedGroup.fieldID(prefix, path.index + 1, path.part == "selfAssessment" ? "self" : path.part)
    }
}
