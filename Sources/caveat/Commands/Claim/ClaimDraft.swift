import ArgumentParser
import CaveatClaims
import CaveatCore
import Foundation

/// `caveat claim draft ID KIND`
struct ClaimDraft: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "draft",
    abstract: "Print a message drafted from the claim's record: to the seller, support, the bank, PayPal.",
    discussion: """
      Every sentence comes from the claim's facts, its logged events and its evidence: a \
      message, answer, offer or report is mentioned only once it is logged, and evidence still \
      missing is listed as "to follow". Copy the draft, read it, adjust it, send it, then record \
      it ('caveat claim log ID seller-contacted', escalated, dispute-opened…).

      KIND is one of:
        seller            the first message to the seller
        support           a request to platform support
        dispute           the dispute statement, with the platform's evidence rules
        counter-offer     an answer to a logged offer (log offer-received first)
        follow-up         a reminder after a logged message that had no answer
        formal-notice     a formal notice (mise en demeure) citing the legal guarantee (EU buyers)
        chargeback        a chargeback request to your bank (card payments)
        paypal-statement  the statement of a PayPal dispute or claim (PayPal payments)
        next-recourse     where to turn next, each way with its deadline

      --ask says what to ask for: full, partial AMOUNT, exchange or repair; by default the \
      option 'caveat claim options' ranks first. The language is --lang, else French when \
      LC_ALL, LC_MESSAGES or LANG starts with "fr", else English.

      EXAMPLES
        caveat claim draft 3 seller
        caveat claim draft 3 counter-offer --ask partial 12.50
        caveat claim draft 3 formal-notice --lang fr
        caveat claim draft 3 next-recourse --seller-country DE
      """
  )

  @OptionGroup var storeOptions: ClaimStoreOptions

  @Argument(help: "The claim's id.")
  var id: ClaimID

  @Argument(help: "Which draft.")
  var kind: Kebab<DraftKind>

  @Option(help: "The draft's language: en or fr (default: from LC_ALL, LC_MESSAGES or LANG).")
  var lang: Kebab<DraftLanguage>?

  @Option(
    parsing: .upToNextOption,
    help: ArgumentHelp("What to ask for: full, partial AMOUNT, exchange or repair.", valueName: "ask"))
  var ask: [String] = []

  @Option(help: ArgumentHelp("The seller's country, two letters (CN, DE): decides where to turn.", valueName: "cc"))
  var sellerCountry: String?

  func validate() throws {
    if let sellerCountry, sellerCountry.count != 2 || !sellerCountry.allSatisfy({ $0.isASCII && $0.isLetter }) {
      throw ValidationError("--seller-country: give two letters, e.g. DE")
    }
  }

  func run() throws {
    try ClaimRun.guarded {
      let language = lang?.value ?? ClaimText.environmentLanguage
      let store = try storeOptions.open()
      let claim = try store.claim(id: id.value)
      let events = try store.events(claimID: id.value)
      let evidence = try store.listEvidence(claimID: id.value)
      var chosen: DraftAsk?
      if !ask.isEmpty {
        switch DraftAsk.parse(ask, currency: claim.pricePaid.currency) {
        case .success(let value): chosen = value
        case .failure(let error): throw ClaimCLIError.field("--ask", error.message(in: language))
        }
      }
      let written = MessageDrafts.write(
        kind.value, claim: claim, events: events, evidence: evidence, language: language, ask: chosen,
        sellerCountry: sellerCountry)
      switch written {
      case .failure(let reason):
        throw ClaimCLIError(message: "\(kind.defaultValueDescription): \(reason.message(language))", code: 65)
      case .success(let text):
        Console.write(ClaimTextReport.draft(text))
      }
    }
  }
}
