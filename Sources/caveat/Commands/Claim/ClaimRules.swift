import ArgumentParser
import CaveatClaims
import CaveatCore
import CaveatReport
import Foundation

/// `caveat claim rules`
struct ClaimRules: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "The deadline rules claims are measured against, with their sources.")

  @OptionGroup var output: OutputOptions

  func run() throws {
    switch output.format {
    case .json:
      Console.write(JSONOutput.encode(DeadlineRules.all))
    case .text:
      var out = ""
      for rule in DeadlineRules.all {
        let pick = ClaimText.environmentLanguage.pick
        let unit = rule.businessDays ? pick("business days", "jours ouvrés") : pick("days", "jours")
        let days = rule.days == 0 ? "" : " (\(rule.days) \(unit))"
        out += "\(rule.code)\(days)\n  \(rule.summary)\n"
        out +=
          pick("  Source: ", "  Source : ") + rule.source + "\n" + pick("  Checked: ", "  Vérifiée le : ")
          + rule.checked + "\n"
      }
      Console.write(out)
    }
  }
}
