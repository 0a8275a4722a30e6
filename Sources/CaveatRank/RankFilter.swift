import CaveatCore

/// Which ranked pages to show.
public enum RankFilter: String, Sendable, CaseIterable {
  /// Pages flagged fragile.
  case fragile
  /// Pages flagged high-value.
  case highValue = "high-value"
  /// Pages with any flag.
  case flagged
  /// Pages whose verdict is buy.
  case buy

  /// Whether the page summarised passes the filter.
  public func admits(_ summary: RankSummary) -> Bool {
    switch self {
    case .fragile: return summary.flags.contains("fragile")
    case .highValue: return summary.flags.contains("high-value")
    case .flagged: return !summary.flags.isEmpty
    case .buy: return summary.verdict == .buy
    }
  }
}
