import ArgumentParser
import CaveatClaims
import CaveatCore
import CaveatScore
import Foundation

/// Your own past claims, read from the claim store so that `vet` and `rank` can warn about a
/// seller you had trouble with. The store is only read; a missing default store means no
/// history, never a new file.
struct ClaimHistoryOptions: ParsableArguments {
  @Option(
    name: .customLong("claims-store"),
    help: ArgumentHelp(
      "The claim store to read past claims from (default: the store of `caveat claim`, if any).", valueName: "file"),
    completion: .file())
  var claimsStore: String?

  /// Opens the store when there is one to read.
  func history() -> ClaimHistory {
    guard let path = claimsStore ?? (try? ClaimStore.defaultPath()), FileManager.default.fileExists(atPath: path) else {
      if let claimsStore { Diagnostics.warning("no claim store at \(claimsStore); past claims are not checked") }
      return ClaimHistory(store: nil)
    }
    do {
      return ClaimHistory(store: try ClaimStore(path: path))
    } catch {
      Diagnostics.warning(
        "cannot read the claim store \(path): \(error.localizedDescription); past claims are not checked")
      return ClaimHistory(store: nil)
    }
  }
}

/// Past claims against a seller, for the scorer.
struct ClaimHistory: Sendable {
  let store: ClaimStore?

  /// The resolved claims against the seller named or identified.
  func pastClaims(sellerName: String?, sellerID: String?) -> [CaveatScore.PastClaim] {
    guard let store, let claims = try? store.pastClaims(sellerName: sellerName, sellerID: sellerID) else { return [] }
    return claims.filter { $0.state == .resolved }.map { claim in
      CaveatScore.PastClaim(
        problem: claim.problem.rawValue, outcome: Self.describe(claim.outcome), orderedOn: claim.orderDate)
    }
  }

  private static func describe(_ outcome: ClaimOutcome?) -> String {
    switch outcome {
    case .fullRefund?: return "full refund"
    case .partialRefund(let money)?:
      return "partial refund of " + String(format: "%.2f", money.amount) + (money.currency.map { " " + $0 } ?? "")
    case .exchange?: return "exchange"
    case .noRefund?: return "no refund"
    case .withdrawn?: return "withdrawn"
    case nil: return "open"
    }
  }
}
