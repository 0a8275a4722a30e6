import Foundation

extension ClaimHistory {
  /// The history of the store at `path` (else the default store, when there is one), only read:
  /// a store that is missing or cannot be read gives no history, and `warn` says why when the
  /// store was named.
  public static func open(path: String?, warn: (String) -> Void) -> ClaimHistory {
    guard let found = path ?? (try? ClaimStore.defaultPath()), FileManager.default.fileExists(atPath: found) else {
      if let path { warn("no claim store at \(path); past claims are not checked") }
      return ClaimHistory(store: nil)
    }
    do {
      return ClaimHistory(store: try ClaimStore(path: found))
    } catch {
      warn("cannot read the claim store \(found): \(error.localizedDescription); past claims are not checked")
      return ClaimHistory(store: nil)
    }
  }
}
