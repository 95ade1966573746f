import StrideCore
import Vapor

/// What every page's layout needs: title, navigation, who is signed in, the CSRF token for
/// its forms, a one-off success message, and the error summary.
struct PageLayout: Encodable {
    struct NavLink: Encodable {
        let label: String
        let href: String
        let current: Bool
    }

    struct UserBadge: Encodable {
        let name: String
        let profileHref: String
        /// Notifications not yet read, for the count in the header.
        let unread: Int
        let notificationsHref: String
    }

    let title: String
    let homeHref: String
    let logoutAction: String
    let user: UserBadge?
    let nav: [NavLink]
    let csrfToken: String
    let flash: String?
    let errors: [FieldError]
    let assets: Assets
}

/// A page: the shared layout plus the page's own typed view model.
struct Page<View: Encodable>: Encodable {
    let layout: PageLayout
    let view: View
}

extension Request {
    /// Renders a Leaf template with the layout filled in from the request.
    /// A form that failed validation is re-rendered with status 422 and its errors.
    func renderPage<Model: Encodable>(
        _ template: String, title: String, _ model: Model, errors: [FieldError] = [], status: HTTPStatus? = nil
    ) async throws -> Response {
        var user: PageLayout.UserBadge?
        if let signedIn = signedInUser {
            var unread = 0
            if !signedIn.mustChangePassword {
                if let counted = signedIn.unreadNotifications { unread = counted }
                else { unread = try await NotificationQueries.unreadCount(of: signedIn.staffID, on: db) }
            }
            user = .init(name: signedIn.name, profileHref: StridePath.staffMember(signedIn.staffID).href,
                         unread: unread,
                         notificationsHref: StridePath.notifications.href)
        }
        let layout = PageLayout(
            title: title,
            homeHref: StridePath.home.href,
            logoutAction: StridePath.logout.href,
            user: user,
            nav: navigation(),
            csrfToken: csrfToken,
            flash: takeFlash(),
            errors: errors,
            assets: .current)
        let response = try await view.render(template, Page(layout: layout, view: model)).encodeResponse(for: self)
        response.status = status ?? (errors.isEmpty ? .ok : .unprocessableEntity)
        return response
    }

    func page<Model: Encodable>(_ template: String, title: String, _ model: Model) async throws -> Response {
        try await renderPage(template, title: title, model)
    }

    private func navigation() -> [PageLayout.NavLink] {
        guard let user = signedInUser, !user.mustChangePassword else { return [] }
        var links: [(String, StridePath)] = [
            ("Home", .home), ("My appraisal", .myAppraisal),
        ]
        if user.roles.contains(.manager) { links.append(("My team", .myTeam)) }
        if isAllowed(.view, DashboardSubject.organisation) { links.append(("Dashboard", .organisationDashboard)) }
        else if user.roles.contains(.manager) { links.append(("Dashboard", .teamDashboard)) }
        links.append(("Feedback", .feedback))
        links += [
            ("Organisation", .units), ("Staff", .staff), ("Workgroups", .workgroups), ("Skills", .frameworks),
        ]
        if isAllowed(.viewQueue, ReportsBoard()) { links.append(("Reports Board", .reportsBoardQueue)) }
        if isAllowed(.view, AccountDirectory()) { links.append(("Accounts", .accounts)) }
        if isAllowed(.enter, Administration()) { links.append(("Cycle policies", .cyclePolicies)) }
        let path = url.path
        // Pages that belong under another entry than their path says: HR's cycle pages under
        // Cycle policies; roles and skills rounds under Skills; HR's feedback rounds under Feedback; someone else's form or cycle under no entry rather than My appraisal.
        let owner: String? = path.hasPrefix("/admin/cycles") || path.hasPrefix(StridePath.delegations.href) ? StridePath.cyclePolicies.href
            : path.hasPrefix(StridePath.skillRounds.href) || path.hasPrefix("/roles") ? StridePath.frameworks.href
            : path.hasPrefix(StridePath.upwardFeedbackAdmin.href) ? StridePath.feedback.href
            : path.hasPrefix(StridePath.alignment.href) || path.hasPrefix("/objectives") ? StridePath.workgroups.href
            : path.hasPrefix("/dashboards") || path.hasPrefix(StridePath.auditTrail.href) ? (isAllowed(.view, DashboardSubject.organisation) ? StridePath.organisationDashboard.href
                                                                                               : StridePath.teamDashboard.href)
            : path.hasPrefix(StridePath.myAppraisal.href + "/") ? "" : nil
        return links.map { label, route in
            let href = route.href
            let current = owner.map { $0 == href } ?? (href == "/" ? path == "/" : path.hasPrefix(href))
            return .init(label: label, href: href, current: current)
        }
    }
}

/// The stylesheet, icon and scripts every page loads, with a cache-busting query that changes
/// whenever the server restarts with new assets, so browsers never keep a stale stylesheet.
struct Assets: Encodable {
    let stylesheet: String
    let icon: String
    let scripts: [String]

    static let version = String(Int(Date().timeIntervalSince1970), radix: 36)

    static let current = Assets(
        stylesheet: "/css/stride.css?v=\(version)",
        icon: "/favicon.svg",
        scripts: ["error-summary", "submit-once", "character-count", "repeated-group", "upload-progress", "opening-run"]
            .map { "/js/\($0).js?v=\(version)" })
}
