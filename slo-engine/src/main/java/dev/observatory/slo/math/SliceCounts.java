package dev.observatory.slo.math;

/**
 * Complete time slices over a span: how many had events, how many of those were good, and the sum
 * of their error ratios (for RatioTimeslices).
 */
record SliceCounts(int slicesWithData, int goodSlices, double errorRatioSum) {
  static final SliceCounts NONE = new SliceCounts(0, 0, 0);

  int badSlices() {
    return slicesWithData - goodSlices;
  }
}
