import Foundation
import StrideCore

/// The probationary report as its page posts it; the page's field ids are the core's names.
struct ProbationaryReportForm: PostedAppraisalForm {
    let values: [String: String]
    let version: Int?
    let submits: Bool
}

extension ProbationaryReportForm {
    /// The stored report's values, for drawing the page.
    init(_ report: ProbationaryReport, version: Int) {
        self.init(posted: [
            "version": String(version), "performance": report.performance, "competencies": report.competencies,
            "colleagueFeedback": report.colleagueFeedback, "recommendation": report.recommendation?.rawValue ?? "",
            "extensionMonths": report.extensionMonths.map(String.init) ?? "", "reasons": report.reasons,
        ])
    }

    /// The report as typed, or the problem with a value that is not one the report can hold.
    var content: Validated<ProbationaryReport> {
        var check = FieldChecker()
        let months = check.months("extensionMonths", values["extensionMonths"], name: "Extension", missing: nil)
        let recommendationText = (values["recommendation"] ?? "").trimmingCharacters(in: .whitespaces)
        let recommendation = ProbationRecommendation(rawValue: recommendationText)
        if !recommendationText.isEmpty, recommendation == nil { check.add("recommendation", "Recommendation: choose one of those listed") }
        return check.result(ProbationaryReport(
            performance: values["performance"] ?? "", competencies: values["competencies"] ?? "",
            colleagueFeedback: values["colleagueFeedback"] ?? "", recommendation: recommendation, reasons: values["reasons"] ?? "",
            extensionMonths: months))
    }
}
