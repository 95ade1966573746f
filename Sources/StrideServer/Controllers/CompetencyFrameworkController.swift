import StrideCore
import Vapor

/// HR's choice of the framework appraisals take their competencies from.
struct CompetencyFrameworkController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(.competencyFramework(.key), use: mark)
    }

    @Sendable func mark(req: Request) async throws -> Response {
        let id = try req.parameter(.frameworkID)
        try await CompetencyFramework.mark(id, in: req.services)
        req.flash("Appraisals now choose their competencies from this framework.")
        return req.redirect(to: .framework(id))
    }
}
