import Fluent
import Foundation
import OpenAPIRuntime
import StrideAPI
import StrideCore
import Vapor

extension StrideAPIController {
    /// The API twin of HR's staff download: the same rows, each batch read only when the client
    /// has taken the one before, so memory stays flat however many staff there are.
    func exportStaff(_ input: Operations.ExportStaff.Input) async throws -> Operations.ExportStaff.Output {
        let req = try APIRequest.signedIn()
        try req.authorize(.exportCSV, StaffDirectory())
        return .ok(.init(body: .csv(HTTPBody(StaffExportChunks(db: req.db), length: .unknown, iterationBehavior: .single))))
    }
}
