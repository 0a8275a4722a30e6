import Testing

@testable import CaveatCore

@Suite struct SHA256Tests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
  ])
  func fipsVectors(input: String, expected: String) {
    #expect(SHA256.hex(Array(input.utf8)) == expected)
    #expect(SHA256.portableHex(Array(input.utf8)) == expected)
    // Bytes in pieces (no contiguous storage) take the portable path.
    #expect(SHA256.hex(input.utf8.lazy.map { $0 }) == expected)
  }

  @Test func millionAs() {
    #expect(
      SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    #expect(
      SHA256.portableHex([UInt8](repeating: 0x61, count: 1_000_000))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test func incrementalEqualsOneShot() {
    let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    var digest = SHA256()
    digest.update(bytes[0..<7])
    digest.update(bytes[7..<300])
    digest.update(bytes[300...])
    var oneShot = SHA256()
    oneShot.update(bytes)
    #expect(digest.finalize() == oneShot.finalize())
  }
}
