package dev.observatory.slo.simulate;

import java.util.SplittableRandom;

/**
 * Poisson draws: multiplication of uniforms for small means, Hörmann's transformed rejection
 * (PTRS, 1993) for means from 10 on, so a draw costs a few uniforms whatever the mean.
 */
final class Poisson {
  private static final double[] LOG_FACTORIAL = new double[10];

  static {
    for (int k = 1; k < LOG_FACTORIAL.length; k++) LOG_FACTORIAL[k] = LOG_FACTORIAL[k - 1] + Math.log(k);
  }

  private Poisson() {}

  static long draw(SplittableRandom random, double mean) {
    if (!(mean > 0)) return 0;
    return mean < 10 ? multiplication(random, mean) : rejection(random, mean);
  }

  private static long multiplication(SplittableRandom random, double mean) {
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    long k = 0;
    while (product > limit) {
      k++;
      product *= random.nextDouble();
    }
    return k;
  }

  private static long rejection(SplittableRandom random, double mean) {
    double root = Math.sqrt(mean);
    double logMean = Math.log(mean);
    double b = 0.931 + 2.53 * root;
    double a = -0.059 + 0.02483 * b;
    double inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
    double vr = 0.9277 - 3.6224 / (b - 2);
    while (true) {
      double u = random.nextDouble() - 0.5;
      double v = random.nextDouble();
      double us = 0.5 - Math.abs(u);
      long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (Math.log(v) + Math.log(inverseAlpha) - Math.log(a / (us * us) + b) <= -mean + k * logMean - logFactorial(k)) return k;
    }
  }

  static double logFactorial(long k) {
    if (k < LOG_FACTORIAL.length) return LOG_FACTORIAL[(int) k];
    double x = k + 1.0; // Stirling's series for ln Γ(x)
    return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x);
  }
}
