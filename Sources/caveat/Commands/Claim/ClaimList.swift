import ArgumentParser
import CaveatClaims
import CaveatCore
import CaveatReport
import Foundation

/// `caveat claim list`
struct ClaimList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List claims, open ones first.")

  @OptionGroup var storeOptions: ClaimStoreOptions
  @OptionGroup var output: OutputOptions

  @Flag(help: "Leave out resolved claims.")
  var openOnly = false

  func run() throws {
    try ClaimRun.guarded {
      let claims = try storeOptions.openIfPresent()?.list(openOnly: openOnly) ?? []
      switch output.format {
      case .json: Console.write(JSONOutput.encode(claims.map(ClaimSummary.init)))
      case .text: Console.write(ClaimTextReport.claims(claims))
      }
    }
  }
}
