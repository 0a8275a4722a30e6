import ArgumentParser
import CaveatClaims
import CaveatCore
import Foundation

/// `caveat claim draft ID seller|support|dispute`
struct ClaimDraft: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "draft",
    abstract: "Print a message to the seller, to platform support, or the dispute statement.",
    discussion: """
      The draft holds the order's facts, the problem, the evidence files (name, type, size, \
      SHA-256) and what you ask for. Copy it, read it, adjust it, send it, then record it with \
      'caveat claim log ID seller-contacted' (or escalated, dispute-opened).

      EXAMPLES
        caveat claim draft 3 seller
        caveat claim draft 3 dispute --lang fr
      """
  )

  @OptionGroup var storeOptions: ClaimStoreOptions

  @Argument(help: "The claim's id.")
  var id: ClaimID

  @Argument(help: "Who the message is for.")
  var kind: Kebab<MessageDrafts.Kind>

  @Option(help: "The draft's language: en or fr.")
  var lang: Kebab<DraftLanguage> = Kebab(.en)

  func run() throws {
    try ClaimRun.guarded {
      let store = try storeOptions.open()
      let claim = try store.claim(id: id.value)
      let evidence = try store.listEvidence(claimID: id.value)
      let text = MessageDrafts.draft(kind: kind.value, claim: claim, evidence: evidence, language: lang.value)
      // Line by line, so that the draft's own line breaks survive sanitizing.
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
        ClaimText.safe(String($0), max: 20_000)
      }
      Console.write(lines.joined(separator: "\n") + "\n")
    }
  }
}
