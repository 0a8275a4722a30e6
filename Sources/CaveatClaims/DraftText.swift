import CaveatCore
import Foundation

/// The wording of a draft in one language.
protocol DraftText {
  static func greeting(_ kind: MessageDrafts.Kind) -> String
  static func opening(_ kind: MessageDrafts.Kind, _ claim: Claim) -> String
  static var factsHeading: String { get }
  static func facts(_ claim: Claim) -> [String]
  static var problemHeading: String { get }
  static func problem(_ kind: ProblemKind) -> String
  static var evidenceHeading: String { get }
  static var noEvidence: String { get }
  static var rulesLine: String { get }
  static var toFollow: String { get }
  static func request(_ outcome: ClaimOutcome, _ claim: Claim) -> String
  static func firm(_ kind: MessageDrafts.Kind) -> String
  static var closing: String { get }
}

/// Formats money as "12.50 EUR" (English) or "12,50 EUR" (French).
func formatted(_ money: Money, _ language: DraftLanguage = .en) -> String {
  let number = String(format: "%.2f", money.amount)
  let text = language == .fr ? number.replacingOccurrences(of: ".", with: ",") : number
  return text + " " + (money.currency ?? "")
}
