package dev.observatory.slo.model;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Labels and annotations are kept sorted and unmodifiable, so generated output diffs stably. */
final class SortedMaps {
  private SortedMaps() {}

  static SortedMap<String, String> copyOf(Map<String, String> map) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(map == null ? Map.of() : map));
  }
}
