import Foundation
import StrideCore
import Vapor

/// A plan as its form posts it (and as the form shows it again): the start, the areas, the
/// measures of support and up to five objectives with timelines.
struct ImprovementPlanForm: Content {
    var startsOn: String?
    var areas: String?
    var training: String?
    var coaching: String?
    var otherSupport: String?
    var objectives: [String: String]?
    var version: Int?

    init(startsOn: String? = nil, areas: String? = nil, training: String? = nil, coaching: String? = nil, otherSupport: String? = nil,
         objectives: [String: String]? = nil, version: Int? = nil) {
        (self.startsOn, self.areas, self.training, self.coaching, self.otherSupport) = (startsOn, areas, training, coaching, otherSupport)
        self.objectives = objectives
        self.version = version
    }

    /// The form filled with a plan as saved.
    init(_ content: ImprovementPlanContent, version: Int) {
        var objectives: [String: String] = [:]
        for (index, objective) in content.objectives.enumerated() {
            objectives["objective-\(index + 1)-description"] = objective.description
            objectives["objective-\(index + 1)-timeline"] = objective.timeline
        }
        self.init(startsOn: content.startsOn.iso, areas: content.areas, training: content.training, coaching: content.coaching,
                  otherSupport: content.otherSupport, objectives: objectives, version: version)
    }

    /// Reads the objective fields, which are named `objective-N-description` and `-timeline`.
    static func decode(_ req: Request) throws -> ImprovementPlanForm {
        var form = try req.content.decode(ImprovementPlanForm.self)
        let all = try req.content.decode([String: String].self)
        form.objectives = all.filter { $0.key.hasPrefix("objective-") }
        return form
    }

    var input: ImprovementPlanInput {
        ImprovementPlanInput(startsOn: startsOn, areas: areas, training: training, coaching: coaching, otherSupport: otherSupport,
                             objectives: (1...ImprovementPlanInput.maxObjectives).map {
                                 (objectives?["objective-\($0)-description"], objectives?["objective-\($0)-timeline"])
                             })
    }

    func fields(errors: [FieldError]) -> [FormField] {
        var fields = [
            FormField("startsOn", .text, label: "Start date", hint: "Usually today, like 2027-01-15. The review is due six months later.",
                      value: startsOn, errors: errors, width: "10"),
            FormField("areas", .textarea, label: "Areas of performance below expectations",
                      hint: "What falls short, with examples, as discussed with the staff member.", value: areas, errors: errors,
                      maxLength: ImprovementPlanInput.maxTextLength, rows: 6),
            FormField("training", .textarea, label: "Training", hint: "Courses or learning agreed. At least one measure of support is needed.",
                      value: training, errors: errors, maxLength: ImprovementPlanInput.maxTextLength, rows: 3),
            FormField("coaching", .textarea, label: "Coaching", hint: "Who coaches, and how often.", value: coaching, errors: errors,
                      maxLength: ImprovementPlanInput.maxTextLength, rows: 3),
            FormField("otherSupport", .textarea, label: "Other support", value: otherSupport, errors: errors,
                      maxLength: ImprovementPlanInput.maxTextLength, rows: 3),
        ]
        for n in 1...ImprovementPlanInput.maxObjectives {
            fields.append(FormField("objective-\(n)-description", .textarea, label: "Objective \(n)",
                                    hint: n == 1 ? "What is to be achieved, measurably. Up to five; leave the rest empty." : nil,
                                    value: objectives?["objective-\(n)-description"], errors: errors, maxLength: 1000, rows: 2))
            fields.append(FormField("objective-\(n)-timeline", .text, label: "Objective \(n): timeline",
                                    value: objectives?["objective-\(n)-timeline"], errors: errors, width: "20"))
        }
        return fields
    }
}
