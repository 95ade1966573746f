import Foundation

/// The stored skills frameworks as a whole.
public struct FrameworkLibrary: AccessSubject, Equatable {
    public typealias Policy = FrameworkLibraryPolicy
    public init() {}
}

/// Frameworks describe skills for everyone, so everyone signed in reads and exports them;
/// importing one, or writing the organisation's own in the editor, changes what the whole
/// organisation is assessed against, so it is HR's.
public enum FrameworkLibraryPolicy: AccessPolicy {
    public enum Action: Sendable { case read, importFramework, edit }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: FrameworkLibrary) -> AccessDecision {
        switch action {
        case .read: .allowed
        case .importFramework, .edit: .hrOnly(viewer)
        }
    }
}

/// An uploaded framework document waiting for its uploader to check the report and confirm.
public struct PendingFrameworkImportSubject: AccessSubject, Equatable {
    public typealias Policy = PendingFrameworkImportPolicy
    public let uploadedByID: UUID
    public init(uploadedByID: UUID) { self.uploadedByID = uploadedByID }
}

/// A pending upload is its uploader's alone; to anyone else, another HR administrator
/// included, it does not exist.
public enum PendingFrameworkImportPolicy: AccessPolicy {
    public enum Action: Sendable { case review, confirm }

    public static let missing = "This import (it may already have been confirmed)"

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: PendingFrameworkImportSubject) -> AccessDecision {
        guard viewer.isHRAdministrator else { return .forbidden }
        return viewer.staffID == subject.uploadedByID ? .allowed : .hidden(missing)
    }
}
