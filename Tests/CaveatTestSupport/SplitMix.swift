/// SplitMix64 (Steele, Lea & Flood 2014): a small generator fully determined by its seed, so
/// that random test inputs are the same on every run and a failing case can be replayed.
public struct SplitMix: RandomNumberGenerator, Sendable {
  /// The generator's whole state.
  public var state: UInt64

  /// A generator that starts from `state`.
  public init(state: UInt64) {
    self.state = state
  }

  /// A generator that starts from `seed` (the same as ``init(state:)``).
  public init(seed: UInt64) {
    self.init(state: seed)
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
