/// The rating arithmetic behind the score, each method with its source.
public enum RatingMath {
  /// The lower bound of the Wilson score interval for a proportion: "with 95 % confidence, the
  /// true share of positive ratings is at least this". E. B. Wilson (1927); popularised for
  /// ratings by Evan Miller, "How Not To Sort By Average Rating" (2009).
  ///
  /// - Parameters:
  ///   - share: The observed share of positives, 0–1.
  ///   - count: The number of ratings it stands on.
  ///   - z: The normal quantile (1.96 for 95 %).
  /// - Returns: The lower bound, 0–1 (0 when `count` is 0).
  public static func wilsonLowerBound(share: Double, count: Int, z: Double = 1.96) -> Double {
    guard count > 0 else { return 0 }
    let n = Double(count)
    let p = min(1, max(0, share))
    let z2 = z * z
    let centre = p + z2 / (2 * n)
    let margin = z * ((p * (1 - p) + z2 / (4 * n)) / n).squareRoot()
    return max(0, (centre - margin) / (1 + z2 / n))
  }

  /// The Bayesian score of a 1–5 star histogram: the posterior mean minus `z` posterior
  /// standard deviations, under a uniform Dirichlet prior (one pseudo-rating per star).
  /// Evan Miller, "Ranking Items With Star Ratings" (2015).
  ///
  /// - Parameters:
  ///   - histogram: Ratings per star, index 0 = 1 star … index 4 = 5 stars.
  ///   - prior: Pseudo-ratings per star (the batch can supply its own, empirical Bayes).
  ///   - z: How cautious (1.65 ≈ a one-sided 95 % bound).
  /// - Returns: A cautious estimate of the true average, in stars.
  public static func bayesianScore(histogram: [Int], prior: [Double] = [1, 1, 1, 1, 1], z: Double = 1.65) -> Double {
    let counts = (0..<5).map {
      Double(max(0, $0 < histogram.count ? histogram[$0] : 0)) + (prior.count == 5 ? prior[$0] : 1)
    }
    let total = counts.reduce(0, +)
    guard total > 0 else { return 0 }
    var mean = 0.0
    var meanOfSquares = 0.0
    for star in 0..<5 {
      let s = Double(star + 1)
      let p = counts[star] / total
      mean += s * p
      meanOfSquares += s * s * p
    }
    let variance = max(0, meanOfSquares - mean * mean) / (total + 1)
    return mean - z * variance.squareRoot()
  }

  /// The average pulled toward a prior in proportion to how few ratings it has:
  /// `(average × count + priorMean × priorWeight) / (count + priorWeight)`. Used when the page
  /// gives only an average and a count (the "damped mean", or Bayesian average).
  public static func dampedMean(average: Double, count: Int, priorMean: Double, priorWeight: Double) -> Double {
    let n = Double(max(0, count))
    guard n + priorWeight > 0 else { return priorMean }
    return (average * n + priorMean * priorWeight) / (n + priorWeight)
  }

  /// Linear interpolation over a monotone table of (input, output) points, clamped at both ends.
  static func interpolate(_ x: Double, _ points: [(Double, Double)]) -> Double {
    guard let first = points.first, let last = points.last else { return 0 }
    if x <= first.0 { return first.1 }
    if x >= last.0 { return last.1 }
    for (a, b) in zip(points, points.dropFirst()) where x <= b.0 {
      let t = (x - a.0) / (b.0 - a.0)
      return a.1 + t * (b.1 - a.1)
    }
    return last.1
  }
}
