import CaveatCore
import Foundation

/// Formats money as "12.50 EUR" (English) or "12,50 EUR" (French).
func formatted(_ money: Money, _ language: DraftLanguage = .en) -> String {
  let number = String(format: "%.2f", money.amount)
  let text = language == .fr ? number.replacingOccurrences(of: ".", with: ",") : number
  return text + (money.currency.map { " " + TerminalText.sanitize($0, maxLength: 8) } ?? "")
}
