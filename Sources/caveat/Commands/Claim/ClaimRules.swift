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
    case .json: Console.write(JSONOutput.encode(DeadlineRules.all))
    case .text: Console.write(DeadlineRules.text(in: ClaimText.environmentLanguage))
    }
  }
}
