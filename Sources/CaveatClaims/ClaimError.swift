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
    }
  }
}
