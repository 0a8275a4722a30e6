import ArgumentParser
import CaveatClaims
import CaveatCore
import Foundation

/// `caveat claim export ID --output DIR`
struct ClaimExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the whole claim as claim-ID.md, claim-ID.html and claim-ID.json.",
    discussion: """
      The HTML page is self-contained (no scripts, nothing fetched). Existing files of the same \
      name are replaced. The folder is created when missing.

      EXAMPLES
        caveat claim export 3 --output ~/claims
      """
  )

  @OptionGroup var storeOptions: ClaimStoreOptions

  @Argument(help: "The claim's id.")
  var id: ClaimID

  @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write to.", valueName: "dir"), completion: .directory)
  var output: String

  @Option(help: "The drafts' language: en or fr.")
  var lang: Kebab<DraftLanguage> = Kebab(.en)

  func run() throws {
    try ClaimRun.guarded { () throws(ClaimCLIError) in
      let today = try storeOptions.day()
      let store = try storeOptions.open()
      let snapshot = try ClaimSnapshot.load(store, id: id.value, today: today)
      var drafts: [MessageDrafts.Kind: String] = [:]
      for kind in MessageDrafts.Kind.allCases {
        drafts[kind] = MessageDrafts.draft(
          kind: kind, claim: snapshot.claim, evidence: snapshot.evidence, language: lang.value)
      }
      let (claim, events, evidence, deadlines) = (
        snapshot.claim, snapshot.events, snapshot.evidence, snapshot.libraryDeadlines
      )
      let json: String
      do {
        json = try ClaimExport.json(
          claim: claim, events: events, evidence: evidence, deadlines: deadlines, drafts: drafts)
      } catch {
        throw ClaimCLIError(message: "claim \(id.value): cannot encode the JSON export: \(error)", code: 1)
      }
      let files: [(String, String)] = [
        (
          "md",
          ClaimExport.markdown(claim: claim, events: events, evidence: evidence, deadlines: deadlines, drafts: drafts)
        ),
        (
          "html",
          ClaimExport.html(claim: claim, events: events, evidence: evidence, deadlines: deadlines, drafts: drafts)
        ),
        ("json", json + "\n"),
      ]
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), !isDirectory.boolValue {
        throw ClaimCLIError(message: "--output \(output): is a file, not a folder", code: 1)
      }
      var written: [String] = []
      do {
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        for (ext, text) in files {
          let path = (output as NSString).appendingPathComponent("claim-\(id.value).\(ext)")
          try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
          written.append(path)
        }
      } catch {
        throw ClaimCLIError(message: "--output \(output): cannot write: \(error.localizedDescription)", code: 1)
      }
      Console.write(written.map { "Wrote " + ClaimText.safe($0) }.joined(separator: "\n") + "\n")
    }
  }
}
