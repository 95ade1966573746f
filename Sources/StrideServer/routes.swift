import Vapor

/// The site map. Everything but signing in needs a signed-in person; each handler then checks
/// what that person may see or change.
func routes(_ app: Application) throws {
    // signing in and out
    try app.register(collection: SessionController())

    let signedIn = app.grouped(RequireSignIn())
    do { // account: change own password
        try signedIn.register(collection: AccountController())
    }
    do { // home: my profile, my manager, my reports
        try signedIn.register(collection: HomeController())
    }
    do { // organisation browser and HR editing of units
        try signedIn.register(collection: UnitController())
    }
    do { // staff directory, profiles, HR editing and account administration
        try signedIn.register(collection: StaffController())
        try signedIn.register(collection: AccountAdminController())
    }
    do { // workgroups
        try signedIn.register(collection: WorkgroupController())
    }
    do { // HR: staff import
        try signedIn.register(collection: StaffImportController())
    }
    do { // skills frameworks: pages, HR import, and the JSON API
        try signedIn.register(collection: FrameworkImportController())
        try signedIn.register(collection: FrameworkController())
        try signedIn.register(collection: FrameworkAPIController())
    }
}
