import ArgumentParser
import CaveatClaims
import CaveatCore
import CaveatReport
import Foundation

/// `caveat claim evidence`: the files that back a claim.
struct ClaimEvidence: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evidence",
    abstract: "Record and list the photos, videos and documents that back a claim.",
    subcommands: [ClaimEvidenceAdd.self, ClaimEvidenceList.self]
  )
}

/// `caveat claim evidence add ID FILE...`
struct ClaimEvidenceAdd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Fingerprint files (size, type, SHA-256) and record them as evidence.",
    discussion: """
      Every file is read first; if one cannot be read (missing, a directory, a FIFO or device) \
      nothing is recorded and the exit code is 66. Paths are stored absolute, so that verify \
      works from any folder.

      EXAMPLES
        caveat claim evidence add 3 box.jpg unboxing.mp4 --note "as delivered, 2025-03-15"
      """
  )

  @OptionGroup var storeOptions: ClaimStoreOptions
  @OptionGroup var output: OutputOptions

  @Argument(help: "The claim's id.")
  var id: ClaimID

  @Argument(help: ArgumentHelp("Files to record.", valueName: "file"), completion: .file())
  var files: [String] = []

  @Option(help: "What the files show.")
  var note: String = ""

  @Flag(help: "Record a file even when the same content is already recorded for the claim.")
  var allowDuplicate = false

  func validate() throws {
    if files.isEmpty { throw ValidationError("name at least one evidence file") }
  }

  func run() throws {
    try ClaimRun.guarded {
      let today = try storeOptions.day()
      let cwd = Array(FileManager.default.currentDirectoryPath.utf8)
      let paths = RawArguments.paths(for: files).map { ClaimInput.absolute($0.bytes, currentDirectory: cwd) }
      let store = try storeOptions.open()
      // Every file is read (and fingerprinted) before any is recorded, in one transaction: a
      // crash or an error records none of them. Large files show their progress on a terminal.
      let progress = isatty(2) == 1 ? EvidenceProgress(write: Console.writeError) : nil
      let added = try store.addEvidence(
        claimID: id.value, pathsBytes: paths, note: note, addedOn: today, allowDuplicate: allowDuplicate,
        progress: progress?.show)
      progress?.clear()
      switch output.format {
      case .json:
        Console.write(JSONOutput.encode(added.map(EvidenceView.init)))
      case .text:
        Console.write(ClaimTextReport.evidenceAdded(added, claimID: id.value))
      }
    }
  }
}

/// `caveat claim evidence list ID`
struct ClaimEvidenceList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List a claim's evidence files.")

  @OptionGroup var storeOptions: ClaimStoreOptions
  @OptionGroup var output: OutputOptions

  @Argument(help: "The claim's id.")
  var id: ClaimID

  func run() throws {
    try ClaimRun.guarded {
      let items = try storeOptions.open().listEvidence(claimID: id.value)
      switch output.format {
      case .json:
        Console.write(JSONOutput.encode(items.map(EvidenceView.init)))
      case .text:
        Console.write(ClaimTextReport.evidence(items, claimID: id.value))
      }
    }
  }
}

/// `caveat claim verify ID`
struct ClaimVerify: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Check that every evidence file is still there and unchanged.",
    discussion: """
      Re-reads each file and compares its size and SHA-256 with the record. Exit code 0 when \
      every file is unchanged, 65 when any changed, disappeared or cannot be read.
      """
  )

  @OptionGroup var storeOptions: ClaimStoreOptions
  @OptionGroup var output: OutputOptions

  @Argument(help: "The claim's id.")
  var id: ClaimID

  func run() throws {
    try ClaimRun.guarded {
      let checks = try storeOptions.open().verifyEvidence(claimID: id.value)
      let mismatch = ClaimTextReport.mismatch(checks, claimID: id.value)
      switch output.format {
      case .json:
        Console.write(JSONOutput.encode(EvidenceVerification(claimID: id.value, checks: checks)))
      case .text:
        Console.write(ClaimTextReport.verification(checks, claimID: id.value))
      }
      if let mismatch { throw ClaimCLIError(message: mismatch, code: 65) }
    }
  }
}
