import ArgumentParser
import CaveatClaims
import CaveatCore
import CaveatReport
import Foundation

/// `caveat claim show ID`
struct ClaimShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show a claim: facts, timeline, evidence, deadlines with their status, the next step.",
    discussion: """
      The text is in --lang, else French when LC_ALL, LC_MESSAGES or LANG starts with "fr", \
      else English; the JSON (--format json) is the same in every language.
      """)

  @OptionGroup var storeOptions: ClaimStoreOptions
  @OptionGroup var output: OutputOptions

  @Argument(help: "The claim's id.")
  var id: ClaimID

  @Option(help: "The text's language: en or fr (default: from LC_ALL, LC_MESSAGES or LANG).")
  var lang: Kebab<DraftLanguage>?

  func run() throws {
    try ClaimRun.guarded {
      let today = try storeOptions.day()
      let snapshot = try storeOptions.open().snapshot(id: id.value, today: today)
      let language = lang?.value ?? ClaimText.environmentLanguage
      Console.write(
        output.format == .json
          ? JSONOutput.encode(snapshot) : ClaimTextReport.claim(snapshot, today: today, language: language))
    }
  }
}
