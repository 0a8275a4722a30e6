import CaveatCore
import Foundation

/// Everything that can go wrong in the claim workflow, each naming the field or file at fault.
public enum ClaimError: Error, LocalizedError, Equatable, Sendable {
  /// A field's value is not acceptable; `reason` says why.
  case invalidField(field: String, reason: String)
  /// A date that does not exist in the calendar (2023-02-29) or is not `YYYY-MM-DD`.
  case impossibleDate(field: String, text: String)
  /// An evidence file that cannot be recorded; `reason` says why.
  case evidenceRefused(path: String, reason: String)
  /// No claim has this identifier.
  case claimNotFound(id: Int64)
  /// No order watch has this identifier.
  case watchNotFound(id: Int64)
  /// The event does not fit the claim's state (anything but a note after resolution).
  case illegalTransition(from: ClaimState, event: ClaimEventKind)
  /// Another process holds the store and did not let go within the busy timeout.
  case storeBusy
  /// The store's file or folder cannot be written.
  case storeReadOnly
  /// The disk holding the store is full.
  case diskFull
  /// The store cannot be opened or read; `reason` is SQLite's message.
  case storeFailure(path: String, reason: String)
  /// A stored row holds a value this version cannot read.
  case corruptRecord(table: String, id: Int64, field: String)
  /// No store at `path` (a command that only reads never creates one).
  case storeMissing(path: String)
  /// The file at `path` is not a claim store, or is damaged; `reason` says how.
  case storeCorrupt(path: String, reason: String)
  /// The same order or the same evidence file is already recorded; `reason` names it.
  case duplicate(field: String, reason: String)
  /// An evidence file larger than the limit the store accepts.
  case evidenceTooLarge(path: String, size: Int64, limit: Int64)

  /// A sentence for the shopper that names the field, file or store at fault.
  public var errorDescription: String? {
    switch self {
    case .invalidField(let field, let reason):
      return "\(field): \(reason)"
    case .impossibleDate(let field, let text):
      return "\(field): '\(text)' is not a real calendar date (expected YYYY-MM-DD)"
    case .evidenceRefused(let path, let reason):
      return "evidence \(path): \(reason)"
    case .claimNotFound(let id):
      return "claim \(id): no such claim in the store"
    case .watchNotFound(let id):
      return "watch \(id): no such order watch in the store"
    case .illegalTransition(let from, let event):
      return "state: cannot record \(event.rawValue) on a claim that is \(from.rawValue)"
    case .storeBusy:
      return "store is busy: another caveat process is writing to it; try again in a moment"
    case .storeReadOnly:
      return "store is read-only: check the permissions of the claims file and its folder"
    case .diskFull:
      return "disk full: the claim store could not be written; nothing was changed"
    case .storeFailure(let path, let reason):
      return "store \(path): \(reason)"
    case .corruptRecord(let table, let id, let field):
      return "store: \(table) row \(id) has an unreadable \(field)"
    case .storeMissing(let path):
      return "store \(path): no claim store there yet (nothing was created)"
    case .storeCorrupt(let path, let reason):
      return "store \(path): not a readable claim store: \(reason)"
    case .duplicate(let field, let reason):
      return "\(field): \(reason)"
    case .evidenceTooLarge(let path, let size, let limit):
      return
        "evidence \(path): \(ByteCount.text(size)) is more than the \(ByteCount.text(limit)) an evidence file may have; "
        + "cut the video or keep the file elsewhere"
    }
  }
}

/// Byte counts for messages: "4.0 GB", "12.3 MB", "512 bytes" (decimal units, as platforms
/// state their upload limits).
public enum ByteCount {
  /// `bytes` in the largest unit that keeps the number at 1 or more.
  public static func text(_ bytes: Int64) -> String {
    let units: [(Double, String)] = [(1e9, "GB"), (1e6, "MB"), (1e3, "kB")]
    for (size, name) in units where Double(bytes) >= size {
      return String(format: "%.1f", Double(bytes) / size) + " " + name
    }
    return "\(bytes) bytes"
  }
}
