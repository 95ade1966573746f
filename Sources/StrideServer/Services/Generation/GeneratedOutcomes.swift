import Fluent
import Foundation
import SQLKit
import StrideCore

/// The organisation's outcomes for the biennium and two outcomes per unit contributing to them.
struct GeneratedOutcomes: Sendable {
    let generator: OrganisationGenerator

    /// Each unit's outcomes, by unit index.
    struct Written: Sendable {
        let byUnit: [[UUID]]
    }

    private static let organisational = [
        ("Decent work for all in a fair and inclusive economy", "Employment and social protection policies adopted in 30 member States."),
        ("Strong institutions of the world of work", "Labour administrations and social partners with the capacity to deliver."),
        ("An organisation that delivers and learns", "Every cycle run on time; skills frameworks in use for every job family."),
    ]
    private static let unitTitles = [
        ("Deliver the unit's programme of work on schedule", "Milestones of the biennial work plan met, reported each quarter."),
        ("Improve the quality of the unit's advice and services", "Satisfaction of constituents at 80 % or more in the annual survey."),
    ]

    func write() async throws -> Written {
        let context = generator.context, db = context.db, now = context.now
        let today = context.clock.today()
        let start = CalendarDate(year: today.year - today.year % 2, month: 1, day: 1)!
        let end = start.adding(months: 24)
        var organisational = BatchInsert(OrganisationalOutcome.schema, [
            "id", "created_at", "updated_at", "title", "description", "period_start", "period_end", "record_version", "owner_id",
        ])
        var orgIDs: [UUID] = []
        for (title, description) in Self.organisational {
            let id = context.newID()
            orgIDs.append(id)
            try await organisational.add([id, now, now, title, description, start.iso, end.iso, 1, generator.staffIDs[0]], on: db)
        }
        try await organisational.flush(on: db)
        var units = BatchInsert(UnitOutcome.schema, [
            "id", "created_at", "updated_at", "title", "description", "period_start", "period_end", "record_version", "unit_id",
            "organisational_outcome_id",
        ])
        var byUnit: [[UUID]] = []
        for index in generator.blueprint.units.indices {
            var ids: [UUID] = []
            for (offset, (title, description)) in Self.unitTitles.enumerated() {
                let id = context.newID()
                ids.append(id)
                // One in ten units leaves its second outcome unlinked, as the alignment view flags.
                let link: UUID? = offset == 1 && index % 10 == 9 ? nil : orgIDs[(index + offset) % orgIDs.count]
                try await units.add([id, now, now, title, description, start.iso, end.iso, 1, generator.unitIDs[index], link], on: db)
            }
            byUnit.append(ids)
        }
        try await units.flush(on: db)
        generator.progress("Outcomes", 1, 1)
        return Written(byUnit: byUnit)
    }
}
