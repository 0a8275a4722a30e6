/// Where a rendered report goes, piece by piece: standard output, a file, a buffer in a test.
/// A sink reports its own write failures when it is closed, so renderers only append.
public protocol ReportSink: AnyObject {
  /// Appends `text` to the report.
  func write(_ text: String)
}

/// A sink that keeps the report in memory.
public final class StringSink: ReportSink {
  /// Everything written so far.
  public private(set) var text = ""

  /// An empty sink.
  public init() {}

  /// Appends `text`.
  public func write(_ text: String) { self.text += text }
}
