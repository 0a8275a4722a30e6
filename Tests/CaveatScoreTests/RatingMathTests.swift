import Foundation
import Testing

@testable import CaveatScore

@Suite("Rating math")
struct RatingMathTests {
  static func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-4) -> Bool { abs(a - b) <= tolerance }

  // MARK: Wilson lower bound

  @Test(
    "Wilson lower bound against hand-computed values",
    arguments: [
      (1.0, 1, 0.206543),  // 1 / (1 + z²)
      (0.9, 100, 0.825633),
      (0.96, 20, 0.777801),
      (0.5, 10, 0.236590),
      (0.98, 1_000, 0.969310),
    ])
  func wilsonKnown(share: Double, count: Int, expected: Double) {
    let bound = RatingMath.wilsonLowerBound(share: share, count: count)
    #expect(Self.close(bound, expected), "\(share) over \(count): \(bound)")
  }

  @Test("Wilson: one perfect rating is exactly 1 / (1 + z²)")
  func wilsonOnePerfect() {
    let z = 1.96
    #expect(Self.close(RatingMath.wilsonLowerBound(share: 1, count: 1), 1 / (1 + z * z), 1e-12))
    #expect(Self.close(RatingMath.wilsonLowerBound(share: 1, count: 1, z: 1), 0.5, 1e-12))
  }

  @Test("Wilson: no ratings gives 0", arguments: [0.0, 0.5, 1.0])
  func wilsonZeroCount(share: Double) {
    #expect(RatingMath.wilsonLowerBound(share: share, count: 0) == 0)
    #expect(RatingMath.wilsonLowerBound(share: share, count: -5) == 0)
  }

  @Test("Wilson: all-negative gives 0; share is clamped to 0…1")
  func wilsonClamp() {
    #expect(Self.close(RatingMath.wilsonLowerBound(share: 0, count: 50), 0, 1e-12))
    #expect(RatingMath.wilsonLowerBound(share: 1.7, count: 40) == RatingMath.wilsonLowerBound(share: 1, count: 40))
    #expect(RatingMath.wilsonLowerBound(share: -0.3, count: 40) == RatingMath.wilsonLowerBound(share: 0, count: 40))
  }

  @Test("Wilson: z = 0 gives the observed share")
  func wilsonZeroZ() {
    #expect(Self.close(RatingMath.wilsonLowerBound(share: 0.73, count: 9, z: 0), 0.73, 1e-12))
  }

  @Test("Wilson: below the share, rising with the share and with the count")
  func wilsonMonotone() {
    for count in [1, 2, 5, 20, 100, 1_000, 100_000] {
      var previous = -1.0
      for step in 0...100 {
        let share = Double(step) / 100
        let bound = RatingMath.wilsonLowerBound(share: share, count: count)
        #expect(bound >= previous, "share \(share) count \(count)")
        #expect(bound <= share + 1e-12)
        #expect((0...1).contains(bound))
        previous = bound
      }
    }
    for share in [0.5, 0.9, 0.96, 1.0] {
      var previous = 0.0
      for count in [1, 2, 3, 5, 10, 20, 50, 100, 1_000, 10_000] {
        let bound = RatingMath.wilsonLowerBound(share: share, count: count)
        #expect(bound >= previous, "share \(share) count \(count)")
        previous = bound
      }
      #expect(Self.close(RatingMath.wilsonLowerBound(share: share, count: 10_000_000), share, 1e-3))
    }
  }

  // MARK: Bayesian histogram score

  @Test("Bayesian: empty histogram under the uniform prior is 3 − z·√(2/6)")
  func bayesianEmpty() {
    // counts 1,1,1,1,1: mean 3, E[X²] 11, variance 2, divided by total + 1 = 6.
    let expected = 3 - 1.65 * (2.0 / 6).squareRoot()
    #expect(Self.close(RatingMath.bayesianScore(histogram: [0, 0, 0, 0, 0]), expected, 1e-12))
    #expect(Self.close(RatingMath.bayesianScore(histogram: []), expected, 1e-12))
    #expect(Self.close(expected, 2.047372, 1e-6))
  }

  @Test("Bayesian: ten five-star ratings")
  func bayesianTenFives() {
    // counts 1,1,1,1,11 (total 15): mean 65/15, E[X²] 305/15, variance (305/15 − (65/15)²) / 16.
    let mean = 65.0 / 15
    let variance = (305.0 / 15 - mean * mean) / 16
    let expected = mean - 1.65 * variance.squareRoot()
    #expect(Self.close(RatingMath.bayesianScore(histogram: [0, 0, 0, 0, 10]), expected, 1e-12))
    #expect(Self.close(expected, 3.818855, 1e-6))
  }

  @Test("Bayesian: z = 0 is the posterior mean; a symmetric histogram centres on 3")
  func bayesianMean() {
    #expect(Self.close(RatingMath.bayesianScore(histogram: [7, 0, 0, 0, 7], z: 0), 3, 1e-12))
    #expect(Self.close(RatingMath.bayesianScore(histogram: [0, 0, 40, 0, 0], z: 0), 3, 1e-12))
    // (5·101 + 1+2+3+4) / 105
    #expect(Self.close(RatingMath.bayesianScore(histogram: [0, 0, 0, 0, 100], z: 0), 515.0 / 105, 1e-12))
  }

  @Test("Bayesian: a custom prior replaces the uniform one; a malformed prior falls back to it")
  func bayesianPrior() {
    let uniform = RatingMath.bayesianScore(histogram: [1, 2, 3, 4, 5])
    #expect(RatingMath.bayesianScore(histogram: [1, 2, 3, 4, 5], prior: [1, 1]) == uniform)
    #expect(RatingMath.bayesianScore(histogram: [1, 2, 3, 4, 5], prior: [0, 0, 0, 0, 10]) > uniform)
    #expect(RatingMath.bayesianScore(histogram: [1, 2, 3, 4, 5], prior: [10, 0, 0, 0, 0]) < uniform)
    // With a zero prior and no ratings there is nothing to average.
    #expect(RatingMath.bayesianScore(histogram: [0, 0, 0, 0, 0], prior: [0, 0, 0, 0, 0]) == 0)
  }

  @Test("Bayesian: negative counts count as 0; extra entries are ignored")
  func bayesianMalformed() {
    #expect(
      RatingMath.bayesianScore(histogram: [-4, 0, 0, 0, 10]) == RatingMath.bayesianScore(histogram: [0, 0, 0, 0, 10]))
    #expect(
      RatingMath.bayesianScore(histogram: [0, 0, 0, 0, 10, 99])
        == RatingMath.bayesianScore(histogram: [0, 0, 0, 0, 10]))
  }

  @Test("Bayesian: adding 5★ ratings never lowers the score and it tends to 5")
  func bayesianMonotoneInFives() {
    let starts: [[Int]] = [
      [0, 0, 0, 0, 0], [100, 0, 0, 0, 0], [1_000, 0, 0, 0, 0], [50, 0, 0, 0, 50], [3, 8, 20, 40, 60], [0, 0, 0, 10, 0],
      [500, 3, 3, 3, 500], [0, 0, 0, 0, 1_000],
    ]
    for start in starts {
      var histogram = start
      var previous = RatingMath.bayesianScore(histogram: histogram)
      for _ in 0..<300 {
        histogram[4] += 1
        let score = RatingMath.bayesianScore(histogram: histogram)
        #expect(score >= previous, "\(histogram)")
        #expect(score < 5)
        previous = score
      }
    }
    #expect(RatingMath.bayesianScore(histogram: [0, 0, 0, 0, 1_000_000]) > 4.99)
  }

  @Test("Bayesian: moving a rating from 1★ to 5★ raises the score")
  func bayesianMoveUp() {
    for start in [
      [1, 0, 0, 0, 0], [100, 0, 0, 0, 0], [10, 10, 10, 10, 10], [2, 0, 0, 0, 500], [1_000, 1, 1, 1, 1],
    ] {
      var histogram = start
      while histogram[0] > 0 {
        let before = RatingMath.bayesianScore(histogram: histogram)
        histogram[0] -= 1
        histogram[4] += 1
        #expect(RatingMath.bayesianScore(histogram: histogram) > before, "\(histogram)")
      }
    }
  }

  @Test("Bayesian: more of the same ratings means less caution")
  func bayesianCount() {
    let few = RatingMath.bayesianScore(histogram: [0, 0, 0, 1, 4])
    let many = RatingMath.bayesianScore(histogram: [0, 0, 0, 100, 400])
    #expect(many > few)
  }

  // MARK: Damped mean

  @Test(
    "damped mean against hand-computed values",
    arguments: [
      (4.5, 10, 4.0, 10.0, 4.25),
      (5.0, 0, 4.0, 10.0, 4.0),
      (5.0, 90, 4.0, 10.0, 4.9),
      (3.0, 30, 4.0, 10.0, 3.25),
      (4.2, 7, 3.0, 0.0, 4.2),
      (4.2, 0, 3.0, 0.0, 3.0),  // nothing at all: the prior mean
      (4.8, -3, 4.0, 10.0, 4.0),  // a negative count counts as none
    ])
  func dampedMean(average: Double, count: Int, priorMean: Double, priorWeight: Double, expected: Double) {
    let value = RatingMath.dampedMean(average: average, count: count, priorMean: priorMean, priorWeight: priorWeight)
    #expect(Self.close(value, expected, 1e-12), "\(value)")
  }

  @Test("damped mean lies between the prior and the average and moves toward the average with the count")
  func dampedMeanBetween() {
    var previous = 4.0
    for count in [0, 1, 2, 5, 10, 100, 1_000, 100_000] {
      let value = RatingMath.dampedMean(average: 4.9, count: count, priorMean: 4, priorWeight: 10)
      #expect(value >= previous)
      #expect((4.0...4.9).contains(value))
      previous = value
    }
    #expect(Self.close(previous, 4.9, 1e-3))
    for average in stride(from: 1.0, through: 5.0, by: 0.25) {
      let low = RatingMath.dampedMean(average: average, count: 25, priorMean: 4, priorWeight: 10)
      let high = RatingMath.dampedMean(average: average + 0.25, count: 25, priorMean: 4, priorWeight: 10)
      #expect(high > low)
    }
  }

  // MARK: Interpolation

  static let table: [(Double, Double)] = [(85, 0), (90, 0.3), (95, 0.6), (97, 0.8), (98.5, 1)]

  @Test(
    "interpolate: clamped at both ends, linear between points",
    arguments: [
      (0.0, 0.0), (84.9, 0.0), (85.0, 0.0), (87.5, 0.15), (90.0, 0.3), (92.5, 0.45), (96.0, 0.7), (97.75, 0.9),
      (98.5, 1.0), (99.0, 1.0), (1e9, 1.0), (-1e9, 0.0),
    ])
  func interpolate(x: Double, expected: Double) {
    #expect(Self.close(RatingMath.interpolate(x, Self.table), expected, 1e-12))
  }

  @Test("interpolate: empty and single-point tables")
  func interpolateDegenerate() {
    #expect(RatingMath.interpolate(5, []) == 0)
    #expect(RatingMath.interpolate(-5, [(3, 0.7)]) == 0.7)
    #expect(RatingMath.interpolate(3, [(3, 0.7)]) == 0.7)
    #expect(RatingMath.interpolate(50, [(3, 0.7)]) == 0.7)
  }

  @Test("interpolate: monotone over every default scale")
  func interpolateMonotone() {
    let config = ScoringConfig()
    let scales = [
      config.feedbackScale, config.storeAgeScale, config.sellerRatingScale, config.followersScale, config.ratingScale,
      config.ratingVolumeScale, config.returnWindowScale,
    ]
    for scale in scales {
      let points = scale.points
      #expect(points.count == scale.count)
      let low = points.first!.0 - 10
      let high = points.last!.0 + 10
      var previous = -Double.infinity
      for i in 0...1_000 {
        let x = low + (high - low) * Double(i) / 1_000
        let y = RatingMath.interpolate(x, points)
        #expect(y >= previous, "\(scale) at \(x)")
        #expect((0...1).contains(y))
        previous = y
      }
    }
  }

  @Test("malformed scale rows are ignored")
  func malformedRows() {
    let rows: [[Double]] = [[0, 0], [5], [10, 1, 7], [10, 1]]
    #expect(rows.points.map(\.0) == [0, 10])
    #expect(RatingMath.interpolate(5, rows.points) == 0.5)
  }
}
