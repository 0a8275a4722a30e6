import CaveatCore
import Foundation

/// Drafts of the messages a claim needs: polite, firm, with the order's facts, the evidence and
/// the outcome asked for.
public enum MessageDrafts {
  /// Who a draft is for.
  public enum Kind: String, Sendable, Codable, Hashable, CaseIterable {
    /// The seller, first.
    case seller
    /// Platform support, when the seller does not help.
    case support
    /// The dispute statement, following the platform's evidence rules.
    case dispute
  }

  /// A draft message of `kind` for `claim`, asking for `requesting` (by default what the problem
  /// calls for).
  public static func draft(
    kind: Kind, claim: Claim, evidence: [Evidence], language: DraftLanguage,
    requesting: ClaimOutcome? = nil
  ) -> String {
    let ask = requesting ?? defaultRequest(for: claim)
    let text: any DraftText.Type = language == .fr ? FrenchDraft.self : EnglishDraft.self
    var lines: [String] = []
    lines.append(text.greeting(kind))
    lines.append("")
    lines.append(text.opening(kind, claim))
    lines.append("")
    lines.append(text.factsHeading)
    lines.append(contentsOf: text.facts(claim).map { "- " + $0 })
    lines.append("")
    lines.append(text.problemHeading)
    lines.append(text.problem(claim.problem))
    if !claim.description.trimmingSpaces.isEmpty { lines.append(claim.description) }
    lines.append("")
    lines.append(text.evidenceHeading)
    if evidence.isEmpty {
      lines.append("- " + text.noEvidence)
    } else {
      for item in evidence {
        var line =
          "- \(fileName(item.displayPath)) (\(item.kind.rawValue), \(byteCount(item.size)), SHA-256 \(item.sha256.prefix(16))…)"
        if !item.note.isEmpty { line += ": \(item.note)" }
        lines.append(line)
      }
    }
    if kind == .dispute {
      lines.append("")
      lines.append(text.rulesLine + EvidenceRules.requirement(for: claim.problem, language: language))
      for gap in EvidenceRules.missing(for: claim.problem, evidence: evidence, language: language) {
        lines.append(text.toFollow + gap)
      }
    }
    lines.append("")
    lines.append(text.request(ask, claim))
    lines.append(text.firm(kind))
    lines.append("")
    lines.append(text.closing)
    return lines.joined(separator: "\n")
  }

  /// What a claim asks for when the shopper does not say: a full refund for a missing, wrong,
  /// defective or misdescribed item; a partial refund for missing parts or cosmetic damage.
  public static func defaultRequest(for claim: Claim) -> ClaimOutcome {
    switch claim.problem {
    case .missingParts:
      return .partialRefund(RefundOptions.suggestedPartialRefund(claim: claim, evidence: []))
    case .damaged, .defective, .notAsDescribed, .wrongSize, .wrongItem, .notReceived:
      return .fullRefund
    }
  }

  static func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  static func byteCount(_ size: Int64) -> String {
    if size < 1024 { return "\(size) B" }
    if size < 1024 * 1024 { return "\(size / 1024) KB" }
    return String(format: "%.1f MB", Double(size) / 1_048_576)
  }
}
