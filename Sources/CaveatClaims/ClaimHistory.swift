import CaveatCore
import Foundation

/// The shopper's own past claims, read from the claim store so that `vet` and `rank` can warn
/// about a seller they had trouble with; without a store (or when it cannot be read) there are
/// none.
public struct ClaimHistory: Sendable {
  /// The store read, if any.
  public let store: ClaimStore?

  /// A history read from `store`.
  public init(store: ClaimStore?) {
    self.store = store
  }

  /// The resolved claims against the seller named or identified, newest first, as the scorer
  /// reads them ("partial refund of 12.00 USD").
  public func pastClaims(sellerName: String?, sellerID: String?) -> [PastClaim] {
    guard let store, let claims = try? store.claims(sellerName: sellerName, sellerID: sellerID) else { return [] }
    return claims.filter { $0.state == .resolved }.map { claim in
      PastClaim(problem: claim.problem.rawValue, outcome: Self.describe(claim.outcome), orderedOn: claim.orderDate)
    }
  }

  /// An outcome in the scorer's words.
  static func describe(_ outcome: ClaimOutcome?) -> String {
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
