import Foundation

/// A value axis that starts at zero (bars always do; UI.md §7) and ends on a round number, with
/// four or five gridlines at round steps.
struct ChartScale: Equatable {
    let maximum: Double
    let step: Double

    /// The smallest round scale holding `largest` (1, 2, 2.5 or 5 times a power of ten per step).
    init(upTo largest: Double) {
        guard largest > 0, largest.isFinite else {
            maximum = 1
            step = 0.25
            return
        }
        let rough = largest / 4
        let magnitude = pow(10, floor(log10(rough)))
        // Counts are whole, so a step of 2.5 only where it lands on whole numbers (25, 250…).
        let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.filter { $0 >= 1 ? $0 == $0.rounded() : true }
            .first { $0 >= rough } ?? 10 * magnitude
        self.step = step
        maximum = (largest / step).rounded(.up) * step
    }

    /// The gridline values from zero to the maximum.
    var ticks: [Double] {
        Array(stride(from: 0, through: maximum + step / 2, by: step))
    }

    /// Where `value` falls along a length, 0 to `length`.
    func position(_ value: Double, along length: Double) -> Double {
        length * min(max(value, 0), maximum) / maximum
    }

    /// A value as an axis or a table writes it: whole numbers grouped, others to one decimal.
    static func label(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? DisplayNumber.grouped(Int(value)) : String(format: "%.1f", value)
    }
}
