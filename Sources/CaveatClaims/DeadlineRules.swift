import CaveatCore

/// The table of buyer-protection, dispute and consumer-law rules, from `RULES.md` (section D).
public enum DeadlineRules {
  /// AliExpress: a dispute can be opened until 15 days after confirmed receipt.
  public static let aliexpressDisputeAfterReceipt = DeadlineRule(
    code: "ae.dispute.afterReceipt", days: 15, businessDays: false,
    summary: "AliExpress: open a dispute at the latest 15 days after confirming receipt.",
    source: "AliExpress help (copies: christinasbeautyjourney.blogspot.com 2021-12; chinaparcels.com; lilianshops.com)")
  /// AliExpress: buyer protection lasts up to 90 days from shipment.
  public static let aliexpressBuyerProtection = DeadlineRule(
    code: "ae.protection", days: 90, businessDays: false,
    summary: "AliExpress buyer protection starts when the seller ships and lasts up to 90 days.",
    source: "AliExpress FAQ (copies: cnjdpart.com/ru/pages/faqs; bio-guard.net)")
  /// AliExpress: the seller has 5 days to answer a dispute.
  public static let aliexpressSellerResponse = DeadlineRule(
    code: "ae.seller.response", days: 5, businessDays: false,
    summary: "AliExpress: the seller has 5 days to answer a dispute; no answer means an automatic refund.",
    source: "AliExpress help (copy: skin.tigerwing.net); ssopdot.com/blog/99404.html")
  /// AliExpress (2017+ rules): no agreement within 7 days escalates the dispute.
  public static let aliexpressEscalation = DeadlineRule(
    code: "ae.escalation", days: 7, businessDays: false,
    summary: "AliExpress (2017+ rules): without agreement within 7 calendar days the dispute is escalated.",
    source: "viws.ru (AliExpress dispute guide); ssopdot.com/blog/19333.html")
  /// AliExpress: ship an agreed return within 10 days.
  public static let aliexpressReturnShipment = DeadlineRule(
    code: "ae.return.ship", days: 10, businessDays: false,
    summary: "AliExpress: after agreeing a return, ship it within 10 days or the payment goes to the seller.",
    source: "ssopdot.com/blog/19333.html; cnjdpart.com/ru/pages/faqs")
  /// The page's own return window.
  public static let pageReturnWindow = DeadlineRule(
    code: "page.returns", days: 0, businessDays: false,
    summary: "The listing's own return window, counted from delivery.",
    source: "the listing page's terms, as saved")
  /// The order page's countdown, typed by the shopper.
  public static let orderPageCountdown = DeadlineRule(
    code: "user.dispute", days: 0, businessDays: false,
    summary: "The dispute deadline shown by the order page's countdown.",
    source: "the order page, as entered by you")
  /// PayPal: open a dispute within 180 days of payment.
  public static let paypalOpen = DeadlineRule(
    code: "paypal.open", days: 180, businessDays: false,
    summary: "PayPal Buyer Protection: open a dispute within 180 days of payment.",
    source: "paypal.com smarthelp FAQ1417")
  /// PayPal: escalate a dispute to a claim within 20 days.
  public static let paypalEscalate = DeadlineRule(
    code: "paypal.escalate", days: 20, businessDays: false,
    summary: "PayPal: escalate the dispute to a claim within 20 days or it closes for good.",
    source: "paypal.com smarthelp FAQ2337; PayPal user agreement")
  /// Card: chargeback within 120 days of the transaction.
  public static let cardChargeback = DeadlineRule(
    code: "card.chargeback", days: 120, businessDays: false,
    summary: "Visa/Mastercard: ask your bank for a chargeback within 120 days of the transaction.",
    source: "mymoneyrefund.com/about.html; Visa rules (quavo-inc.atlassian.net)")
  /// EU: 14-day withdrawal from receipt.
  public static let euWithdrawal = DeadlineRule(
    code: "eu.withdrawal", days: 14, businessDays: false,
    summary: "EU Consumer Rights Directive: 14 days from receipt to withdraw without a reason (may apply).",
    source: "europa.eu/youreurope consumer guarantees; Directive 2011/83/EU")
  /// EU and France: 2-year legal guarantee from delivery.
  public static let legalGuarantee = DeadlineRule(
    code: "eu.guarantee", days: 730, businessDays: false,
    summary: "EU legal guarantee of conformity: 2 years from delivery (may apply).",
    source: "europa.eu/youreurope consumer guarantees")
  /// France: garantie légale de conformité, 2 years from delivery.
  public static let franceGuarantee = DeadlineRule(
    code: "fr.guarantee", days: 730, businessDays: false,
    summary:
      "France, garantie légale de conformité: 2 years from delivery; repair or replacement within 30 days (may apply).",
    source: "Code de la consommation L217-3 ff. (ord. 2021-1247); quechoisir.org")
  /// Refund delay to a card.
  public static let refundCard = DeadlineRule(
    code: "refund.card", days: 20, businessDays: true,
    summary: "A refund to a card takes 3 to 20 business days.",
    source: "AliExpress help (copy: skin.tigerwing.net); intl.alipay.com help")
  /// Refund delay to PayPal and other methods.
  public static let refundPayPal = DeadlineRule(
    code: "refund.paypal", days: 10, businessDays: true,
    summary: "A refund to PayPal takes 1 to 10 working days.",
    source: "intl.alipay.com help; alixblog.com/en/aliexpress-refund-not-received")
  /// Refund delay to the platform's balance.
  public static let refundBalance = DeadlineRule(
    code: "refund.balance", days: 3, businessDays: true,
    summary: "A refund to the platform balance is the fastest (no figure published; 3 business days assumed).",
    source: "chinaparcels.com; alixblog.com (\"faster to AE Bonus balance\")")

  /// Every rule, for listing with its source.
  public static let all: [DeadlineRule] = [
    aliexpressDisputeAfterReceipt, aliexpressBuyerProtection, aliexpressSellerResponse,
    aliexpressEscalation, aliexpressReturnShipment, pageReturnWindow, orderPageCountdown, paypalOpen,
    paypalEscalate, cardChargeback, euWithdrawal, legalGuarantee, franceGuarantee, refundCard,
    refundPayPal, refundBalance,
  ]

  /// Business days until a refund arrives, by payment method (from the refund rules).
  public static func refundBusinessDays(_ method: PaymentMethod) -> ClosedRange<Int> {
    switch method {
    case .card, .other: 3...20
    case .paypal: 1...10
    case .platformBalance: 0...3
    }
  }

  /// The refund rule for a payment method.
  public static func refundRule(_ method: PaymentMethod) -> DeadlineRule {
    switch method {
    case .card, .other: refundCard
    case .paypal: refundPayPal
    case .platformBalance: refundBalance
    }
  }
}
