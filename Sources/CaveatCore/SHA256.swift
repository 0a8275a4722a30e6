/// SHA-256 (FIPS 180-4), for fingerprinting pages and evidence files: the one digest of the
/// package.
///
/// Foundation on Linux has no digest API and swift-crypto would double the build time for one
/// function, so the compression function lives here; it is checked against the FIPS test
/// vectors in the tests. ``hex(_:)`` hands a buffer to the system's libcrypto when there is one
/// (see ``SystemSHA256``), for speed only: the digest is the same.
public struct SHA256: Sendable {
  private var state: [UInt32] = [
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab,
    0x5be0_cd19,
  ]
  private var buffer: [UInt8] = []
  private var length: UInt64 = 0

  private static let k: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
    0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe,
    0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f,
    0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
    0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc,
    0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
    0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070, 0x19a4_c116,
    0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
    0xc671_78f2,
  ]

  /// Starts a new digest.
  public init() {}

  /// Feeds more bytes.
  public mutating func update(_ bytes: some Collection<UInt8>) {
    length &+= UInt64(bytes.count)
    let done = bytes.withContiguousStorageIfAvailable { buffer -> Bool in
      absorb(buffer)
      return true
    }
    if done == nil {
      let copy = Array(bytes)
      copy.withUnsafeBufferPointer { absorb($0) }
    }
  }

  private mutating func absorb(_ input: UnsafeBufferPointer<UInt8>) {
    var offset = 0
    if !buffer.isEmpty {
      let take = min(64 - buffer.count, input.count)
      buffer.append(contentsOf: input[0..<take])
      offset = take
      if buffer.count == 64 {
        let block = buffer
        block.withUnsafeBufferPointer { compress($0.baseAddress.unsafelyUnwrapped) }
        buffer.removeAll(keepingCapacity: true)
      }
    }
    guard let base = input.baseAddress else { return }
    while input.count - offset >= 64 {
      compress(base + offset)
      offset += 64
    }
    if offset < input.count { buffer.append(contentsOf: input[offset...]) }
  }

  /// Finishes the digest.
  public mutating func finalize() -> [UInt8] {
    let bitLength = length &* 8
    var tail = buffer
    tail.append(0x80)
    while tail.count % 64 != 56 { tail.append(0) }
    for shift in stride(from: 56, through: 0, by: -8) {
      tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    tail.withUnsafeBufferPointer { block in
      var offset = 0
      while offset < block.count {
        compress(block.baseAddress.unsafelyUnwrapped + offset)
        offset += 64
      }
    }
    buffer.removeAll()
    return state.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> UInt32(24 - 8 * $0)) } }
  }

  /// The lowercase hex digest of `bytes`.
  ///
  /// Hashing every page is a fixed cost of `vet` and `rank`, so bytes in one buffer go to the
  /// system's libcrypto when it is there (several times faster); otherwise, and for bytes in
  /// pieces, this type computes the digest.
  public static func hex(_ bytes: some Collection<UInt8>) -> String {
    let system = bytes.withContiguousStorageIfAvailable { SystemSHA256.digest($0) }
    if let digest = system ?? nil { return lowercaseHex(digest) }
    return portableHex(bytes)
  }

  /// ``hex(_:)`` computed by this type, never by libcrypto (the tests compare the two).
  static func portableHex(_ bytes: some Collection<UInt8>) -> String {
    var digest = SHA256()
    digest.update(bytes)
    return lowercaseHex(digest.finalize())
  }

  /// `digest` (any bytes) written as lowercase hex, two digits per byte.
  public static func lowercaseHex(_ digest: some Collection<UInt8>) -> String {
    let hexDigits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    text.reserveCapacity(digest.count * 2)
    for byte in digest {
      text.append(hexDigits[Int(byte >> 4)])
      text.append(hexDigits[Int(byte & 0x0F)])
    }
    return String(decoding: text, as: UTF8.self)
  }

  private mutating func compress(_ block: UnsafePointer<UInt8>) {
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
      for i in 0..<16 {
        let base = block + i * 4
        w[i] = UInt32(base[0]) << 24 | UInt32(base[1]) << 16 | UInt32(base[2]) << 8 | UInt32(base[3])
      }
      for i in 16..<64 {
        let s0 = Self.rotate(w[i - 15], 7) ^ Self.rotate(w[i - 15], 18) ^ (w[i - 15] >> 3)
        let s1 = Self.rotate(w[i - 2], 17) ^ Self.rotate(w[i - 2], 19) ^ (w[i - 2] >> 10)
        w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
      }
      Self.k.withUnsafeBufferPointer { k in
        state.withUnsafeMutableBufferPointer { h in
          var a = h[0], b = h[1], c = h[2], d = h[3]
          var e = h[4], f = h[5], g = h[6], hh = h[7]
          for i in 0..<64 {
            let s1 = Self.rotate(e, 6) ^ Self.rotate(e, 11) ^ Self.rotate(e, 25)
            let choice = (e & f) ^ (~e & g)
            let t1 = hh &+ s1 &+ choice &+ k[i] &+ w[i]
            let s0 = Self.rotate(a, 2) ^ Self.rotate(a, 13) ^ Self.rotate(a, 22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ majority
            hh = g
            g = f
            f = e
            e = d &+ t1
            d = c
            c = b
            b = a
            a = t1 &+ t2
          }
          h[0] &+= a
          h[1] &+= b
          h[2] &+= c
          h[3] &+= d
          h[4] &+= e
          h[5] &+= f
          h[6] &+= g
          h[7] &+= hh
        }
      }
    }
  }

  @inline(__always) private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
    (value >> count) | (value << (32 - count))
  }
}
