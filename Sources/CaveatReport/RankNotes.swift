import CaveatRank
import CaveatScore

/// The lines `rank` writes on standard error once the ranking is written, for the person at
/// the terminal.
public enum RankNotes {
  /// "caveat: 12 ranked, 1 refused, 2 partial, 1 duplicate".
  public static func counts(_ result: RankResult, refused: Int) -> String {
    "caveat: \(result.ranked.count) ranked, \(refused) refused, \(result.partialCount) partial, \(result.duplicates.count) duplicate\(result.duplicates.count == 1 ? "" : "s")\n"
  }

  /// How a sort by price was made: the display currency, the rates, and how many prices could
  /// not be converted (they come last).
  public static func priceSort(_ result: RankResult, context: AssessmentContext) -> String {
    let unconverted = result.ranked.filter { $0.price != nil && $0.displayPrice == nil }.count
    return
      "caveat: sorted by price in \(context.displayCurrency), converted at the reference rates of \(context.rates.date) (\(context.rates.source))"
      + (unconverted > 0
        ? "; \(unconverted) \(unconverted == 1 ? "price" : "prices") that could not be converted come last" : "")
      + "\n"
  }
}
