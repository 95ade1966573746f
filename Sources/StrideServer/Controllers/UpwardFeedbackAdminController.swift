import Fluent
import StrideCore
import Vapor

/// HR's upward feedback: every round, opening one by hand or those now due, the template new
/// rounds open with, and closing a round early. Registered in the HR-only group.
struct UpwardFeedbackAdminController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.upwardFeedbackAdmin, use: index)
        routes.post(.upwardFeedbackAdmin, use: open)
        routes.post(.openDueUpwardFeedbackRounds, use: openDue)
        routes.get(.upwardFeedbackTemplate, use: editTemplate)
        routes.post(.upwardFeedbackTemplate, use: saveTemplate)
        routes.get(.closeUpwardFeedbackRound(.key), use: confirmClose)
        routes.post(.closeUpwardFeedbackRound(.key), use: close)
    }

    struct OpenForm: Content {
        var chief: String?
        var closesOn: String?
    }

    struct TemplateForm: Content {
        var threshold: String?
        var includeSubUnits: String?
        var values: String?
        var competencies: String?
        var overall: String?

        init(threshold: String?, includeSubUnits: String?, values: String?, competencies: String?, overall: String?) {
            self.threshold = threshold
            self.includeSubUnits = includeSubUnits
            self.values = values
            self.competencies = competencies
            self.overall = overall
        }

        init(_ template: UpwardFeedbackTemplate) {
            self.init(threshold: String(template.threshold.value), includeSubUnits: template.includeSubUnits ? "yes" : "no",
                      values: template.lines(.value), competencies: template.lines(.competency), overall: template.lines(.overall))
        }

        var input: UpwardFeedbackTemplateInput {
            UpwardFeedbackTemplateInput(threshold: threshold, includeSubUnits: includeSubUnits != "no", values: values,
                                        competencies: competencies, overall: overall)
        }
    }

    @Sendable func index(req: Request) async throws -> Response {
        try await UpwardFeedbackService.closeDueRounds(in: req.services)
        return try await render(req, form: OpenForm(), errors: [])
    }

    @Sendable func open(req: Request) async throws -> Response {
        let form = try req.content.decode(OpenForm.self)
        switch try await UpwardFeedbackService.open(UpwardFeedbackRoundInput(chief: form.chief, closesOn: form.closesOn), in: req.services) {
        case .failure(let failure):
            return try await render(req, form: form, errors: failure.errors)
        case .success(let round):
            req.flash("The round is open: \(DisplayNumber.counted(round.invitedCount, "person is", "people are")) invited to answer it.")
            return req.redirect(to: .upwardFeedbackRound(try round.requireID()))
        }
    }

    @Sendable func openDue(req: Request) async throws -> Response {
        let opened = try await UpwardFeedbackService.openDueRounds(in: req.services)
        req.flash(opened.isEmpty ? "No round is due: every chief whose Mid-term Review has passed already has theirs."
                  : "Opened \(DisplayNumber.counted(opened.count, "round")).")
        return req.redirect(to: .upwardFeedbackAdmin)
    }

    @Sendable func editTemplate(req: Request) async throws -> Response {
        let form = TemplateForm(try await UpwardFeedbackQueries.template(on: req.db))
        return try await req.page("form", title: "Upward feedback questions", UpwardFeedbackAdminModel.templateForm(form, errors: []))
    }

    @Sendable func saveTemplate(req: Request) async throws -> Response {
        let form = try req.content.decode(TemplateForm.self)
        switch try await UpwardFeedbackService.saveTemplate(form.input, in: req.services) {
        case .failure(let failure):
            return try await req.renderPage("form", title: "Upward feedback questions",
                                            UpwardFeedbackAdminModel.templateForm(form, errors: failure.errors), errors: failure.errors)
        case .success:
            req.flash("Saved: rounds opened from now on ask these questions. Rounds already open keep theirs.")
            return req.redirect(to: .upwardFeedbackAdmin)
        }
    }

    @Sendable func confirmClose(req: Request) async throws -> Response {
        let round = try await req.find(UpwardFeedbackRound.self, .roundID, "The feedback round")
        guard round.isOpen else { throw StrideError.conflict("This round has already closed: its report was compiled then") }
        let chief = try await StaffMember.find(round.$chief.id, on: req.db)?.name ?? "the chief"
        let model = ConfirmModel(
            heading: "Close the round on \(chief) now?",
            explanation: "Its report is compiled now from the \(DisplayNumber.counted(round.responseCount, "response")) given, once and for good, "
                + "and no later response is accepted. It was to stay open until the end of \(DisplayDate.long(round.closesOn)).",
            action: StridePath.closeUpwardFeedbackRound(try round.requireID()).href, fields: [], button: "Close the round",
            cancelHref: StridePath.upwardFeedbackRound(try round.requireID()).href)
        return try await req.page("confirm", title: model.heading, model)
    }

    @Sendable func close(req: Request) async throws -> Response {
        let round = try await UpwardFeedbackService.close(try req.parameter(.roundID), in: req.services)
        req.flash(round.compiledReport?.released == true ? "The round is closed and its report compiled."
                  : "The round is closed. Too few responded for a report to be released.")
        return req.redirect(to: .upwardFeedbackRound(try round.requireID()))
    }

    private func render(_ req: Request, form: OpenForm, errors: [FieldError]) async throws -> Response {
        let model = UpwardFeedbackAdminModel(
            rounds: try await UpwardFeedbackQueries.rounds(for: try req.requireUser().viewer, on: req.db),
            template: try await UpwardFeedbackQueries.template(on: req.db), form: form,
            chiefs: try await UpwardFeedbackQueries.chiefs(on: req.db), errors: errors)
        return try await req.renderPage("feedback/admin", title: "Upward feedback rounds", model, errors: errors)
    }
}
