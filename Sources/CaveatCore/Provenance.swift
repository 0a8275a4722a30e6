/// Where an extracted value came from.
public enum Provenance: String, Sendable, Codable, Hashable, CaseIterable {
  /// A schema.org object in a `<script type="application/ld+json">` block.
  case jsonLD = "json-ld"
  /// schema.org microdata (`itemscope`/`itemprop`).
  case microdata
  /// OpenGraph and other `<meta>` tags.
  case openGraph = "opengraph"
  /// State a site embeds in a script (AliExpress `window.runParams`, …).
  case pageState = "page-state"
  /// A site rule reading the rendered page.
  case dom
  /// The generic reader, for shops no site rule knows: the page's heading, the price beside
  /// it, labelled text and the shop's own name.
  case generic
}
