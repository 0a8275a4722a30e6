/// What setting libxml2 up decided, fixed for the life of the process.
struct EngineSetUp: Sendable {
  /// Whether libxml2 allocates from regions (``HTMLEngine/installProcessTuning()`` came first).
  let regionAllocator: Bool
  /// Whether the direct builder is on.
  let directBuilder: DirectBuilderStatus
}
