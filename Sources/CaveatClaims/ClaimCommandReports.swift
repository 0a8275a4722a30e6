import CaveatCore
import Foundation

/// What `claim log --format json` gives: the event as recorded and the state the claim is in.
public struct LoggedEvent: Sendable, Encodable {
  /// The event, with its id.
  public var event: ClaimEvent
  /// The claim's state after it.
  public var state: ClaimState

  /// `event`, recorded on a claim now in `state`.
  public init(event: ClaimEvent, state: ClaimState) {
    self.event = event
    self.state = state
  }
}

/// What `claim verify --format json` gives: every evidence file's check, and whether all are
/// unchanged.
public struct EvidenceVerification: Sendable, Encodable {
  /// The claim's id.
  public var claimID: Int64
  /// Whether every file is unchanged.
  public var ok: Bool
  /// Each file's check.
  public var files: [EvidenceCheck]

  /// The checks of claim `claimID`'s files.
  public init(claimID: Int64, checks: [EvidenceCheck]) {
    self.claimID = claimID
    ok = checks.allSatisfy { $0.status == .unchanged }
    files = checks
  }
}

/// What `claim options --format json` gives: the options, best first.
public struct RefundOptionsReport: Sendable, Encodable {
  /// The claim's id.
  public var claimID: Int64
  /// The options, best first.
  public var options: [RefundOptions.Option]

  /// The options of claim `claimID`.
  public init(claimID: Int64, options: [RefundOptions.Option]) {
    self.claimID = claimID
    self.options = options
  }
}

extension ClaimExport {
  /// Why the files of a claim could not be written.
  public enum WriteFailure: Error {
    /// The JSON export could not be encoded.
    case encoding(any Error)
    /// The folder or a file could not be written.
    case writing(any Error)
  }

  /// Writes `claim-ID.md`, `claim-ID.html` and `claim-ID.json` of `snapshot` into `folder`
  /// (created when missing; files of the same name replaced, each atomically), and returns
  /// their paths.
  public static func write(_ snapshot: ClaimSnapshot, toFolder folder: String, language: DraftLanguage)
    throws(WriteFailure) -> [String]
  {
    let files: [(ext: String, text: String)]
    do {
      files = try Self.files(snapshot, language: language)
    } catch {
      throw .encoding(error)
    }
    var written: [String] = []
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      for (ext, text) in files {
        let path = (folder as NSString).appendingPathComponent("claim-\(snapshot.claim.id ?? 0).\(ext)")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        written.append(path)
      }
    } catch {
      throw .writing(error)
    }
    return written
  }
}

extension ClaimInput {
  /// A number of days typed for `field` (`claim due --within`): a whole number from 0 to 36500.
  public static func days(_ text: String, field: String) throws(ClaimError) -> Int {
    guard let days = Int(text.trimmingCharacters(in: .whitespaces)) else {
      throw .invalidField(
        field: field,
        reason: ClaimReason(
          "'\(text)' is not a whole number of days", fr: "« \(text) » n'est pas un nombre entier de jours"))
    }
    if !(0...36_500).contains(days) {
      throw .invalidField(
        field: field,
        reason: ClaimReason(
          "a number of days from 0 to 36500, not \(text)", fr: "un nombre de jours de 0 à 36500, pas \(text)"))
    }
    return days
  }
}
