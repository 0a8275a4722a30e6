import Foundation

/// OpenSSL's one-shot `SHA256` from the system's libcrypto, when the process can load it.
///
/// It uses the processor's SHA instructions and is several times faster than portable code.
/// It is looked up at run time (no build dependency); without it, ``SHA256`` computes the same
/// digest itself.
enum SystemSHA256 {
  private typealias OneShot =
    @convention(c) (UnsafePointer<UInt8>?, Int, UnsafeMutablePointer<UInt8>?) -> UnsafeMutablePointer<UInt8>?

  private static let oneShot: OneShot? = {
    for name in ["libcrypto.so.3", "libcrypto.so"] {
      guard let library = dlopen(name, RTLD_NOW | RTLD_LOCAL), let symbol = dlsym(library, "SHA256") else { continue }
      return unsafeBitCast(symbol, to: OneShot.self)
    }
    return nil
  }()

  /// The 32-byte digest of `bytes`, or `nil` when there is no libcrypto.
  static func digest(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    guard let oneShot else { return nil }
    var digest = [UInt8](repeating: 0, count: 32)
    digest.withUnsafeMutableBufferPointer { output in
      _ = oneShot(bytes.baseAddress, bytes.count, output.baseAddress)
    }
    return digest
  }
}
