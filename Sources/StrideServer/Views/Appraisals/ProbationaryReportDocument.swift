import StrideCore

/// The probationary report's sections as the form page, its versions and the print view show them.
enum ProbationaryReportDocument {
    static func sections(_ report: ProbationaryReport) -> [ReadOnlyForm.Section] {
        var recommendation: [ReadOnlyForm.Row] = [.text("Recommendation", report.recommendation?.displayName)]
        if report.recommendation == .extend {
            recommendation.append(.text("Extension", report.extensionMonths.map { counted($0, "month") }))
        }
        // A confirmation needs no reasons; an empty row would read as something missing.
        if report.recommendation != .confirm || !report.reasons.isEmpty { recommendation.append(.text("Reasons", report.reasons)) }
        return [
            .init(heading: "Performance over the probation", rows: [.text("Performance", report.performance), .text("Competencies", report.competencies)]),
            .init(heading: "Colleagues' feedback", rows: [.text("What the colleagues said", report.colleagueFeedback)]),
            .init(heading: "Recommendation", rows: recommendation),
        ]
    }
}
