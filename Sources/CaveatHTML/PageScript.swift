/// The text of a `<script>` element an extractor asked for.
public struct PageScript: Sendable, Hashable {
  /// The `type` attribute, lowercased (nil when absent).
  public var type: String?
  /// The `id` attribute.
  public var id: String?
  /// The body, as libxml2 would store it (no entity decoding inside scripts).
  public var text: String

  /// Creates a script record.
  public init(type: String?, id: String?, text: String) {
    self.type = type
    self.id = id
    self.text = text
  }

  /// Whether this is a JSON-LD block.
  public var isJSONLD: Bool { type?.contains("ld+json") ?? false }
}
