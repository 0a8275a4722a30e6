import CaveatCore
import CaveatRank
import CaveatReport
import CaveatScore
import Foundation
import Testing

/// The lines `rank` ends with on standard error.
@Suite("Rank notes")
struct RankNotesTests {
  @Test("the counts and the price sort's currency and rates")
  func notes() async throws {
    let context = AssessmentContext(today: CalendarDate(year: 2026, month: 1, day: 2) ?? .minimum)
    let result = try await BatchRanker.rank([], options: RankOptions(jobs: 1, context: context))
    #expect(RankNotes.counts(result, refused: 2) == "caveat: 0 ranked, 2 refused, 0 partial, 0 duplicates\n")
    let note = RankNotes.priceSort(result, context: context)
    #expect(
      note
        == "caveat: sorted by price in \(context.displayCurrency), converted at the reference rates of \(context.rates.date) (\(context.rates.source))\n"
    )
  }
}
