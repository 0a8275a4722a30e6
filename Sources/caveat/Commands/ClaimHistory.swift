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
