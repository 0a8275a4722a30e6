import ArgumentParser
import CaveatClaims
import Foundation

/// `--claims-store` of `vet` and `rank`: the store past claims are read from. The store is only
/// read; a missing default store means no history, never a new file.
struct ClaimHistoryOptions: ParsableArguments {
  @Option(
    name: .customLong("claims-store"),
    help: ArgumentHelp(
      "The claim store to read past claims from (default: the store of `caveat claim`, if any).", valueName: "file"),
    completion: .file())
  var claimsStore: String?

  /// Opens the store when there is one to read.
  func history() -> ClaimHistory { ClaimHistory.open(path: claimsStore, warn: Diagnostics.warning) }
}
