/// One rule of the deadline table: a number of days, what it counts from, and where it comes from.
///
/// Every value is a default: the page's own terms, the order page's countdown and the shopper's
/// dates override it (see ``Deadlines``). Its prose comes in English and French; quotations,
/// addresses and document titles in ``sourceFR`` stay as the source wrote them.
public struct DeadlineRule: Sendable, Hashable, Codable {
  /// A stable code ("ae.dispute.afterReceipt").
  public var code: String
  /// The number of days (business days when ``businessDays`` is true).
  public var days: Int
  /// Whether ``days`` counts Monday to Friday only.
  public var businessDays: Bool
  /// What the rule says, in one sentence.
  public var summary: String
  /// ``summary`` in French.
  public var summaryFR: String
  /// Where the number comes from.
  public var source: String
  /// ``source`` in French.
  public var sourceFR: String
  /// The day the source was last checked, and how far: "2026-12-06" when read in the source
  /// named, or with "; not verified against the primary text" when only a copy was reachable.
  public var checked: String = "2026-12-06"
  /// ``checked`` in French.
  public var checkedFR: String = "2026-12-06"

  /// ``summary`` in `language`.
  public func summary(in language: DraftLanguage) -> String { language.pick(summary, summaryFR) }

  /// ``source`` in `language`.
  public func source(in language: DraftLanguage) -> String { language.pick(source, sourceFR) }

  /// ``checked`` in `language`.
  public func checked(in language: DraftLanguage) -> String { language.pick(checked, checkedFR) }

  /// The rule as a few lines of text in `language`: its code and length, what it says, its
  /// source and when that was checked.
  public func text(in language: DraftLanguage) -> String {
    let pick = language.pick
    let unit = businessDays ? pick("business days", "jours ouvrés") : pick("days", "jours")
    let length = days == 0 ? "" : " (\(days) \(unit))"
    return "\(code)\(length)\n  \(summary(in: language))\n" + pick("  Source: ", "  Source : ")
      + source(in: language) + "\n" + pick("  Checked: ", "  Vérifiée le : ") + checked(in: language) + "\n"
  }
}
