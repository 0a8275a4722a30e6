import CaveatCore
import Foundation

/// SHA-256 of page bytes, using the system's libcrypto when it is there.
///
/// Hashing every page is a fixed cost of `vet` and `rank`; OpenSSL's implementation uses the
/// processor's SHA instructions and is several times faster than portable code. It is looked up
/// at run time (no build dependency); without it, CaveatCore's ``SHA256`` gives the same digest.
public enum FileDigest {
  private typealias OneShot =
    @convention(c) (UnsafePointer<UInt8>?, Int, UnsafeMutablePointer<UInt8>?) -> UnsafeMutablePointer<UInt8>?

  private static let oneShot: OneShot? = {
    for name in ["libcrypto.so.3", "libcrypto.so"] {
      guard let library = dlopen(name, RTLD_NOW | RTLD_LOCAL), let symbol = dlsym(library, "SHA256") else { continue }
      return unsafeBitCast(symbol, to: OneShot.self)
    }
    return nil
  }()

  /// The lowercase hex SHA-256 of `bytes`.
  public static func sha256Hex(_ bytes: [UInt8]) -> String {
    guard let oneShot else { return SHA256.hex(bytes) }
    var digest = [UInt8](repeating: 0, count: 32)
    bytes.withUnsafeBufferPointer { input in
      digest.withUnsafeMutableBufferPointer { output in
        _ = oneShot(input.baseAddress, input.count, output.baseAddress)
      }
    }
    return SHA256.lowercaseHex(digest)
  }
}
