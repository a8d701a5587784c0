package dev.observatory.slo.source;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A series' labels, sorted by name, as a compact array of name/value pairs (cheaper than a map for
 * the handful of labels a series has, and hashed once). Immutable.
 */
final class Labels {
  static final Labels EMPTY = new Labels(new String[0]);

  private final String[] pairs; // name0, value0, name1, value1, ... sorted by name
  private int hash;

  private Labels(String[] pairs) {
    this.pairs = pairs;
  }

  /** Labels from alternating names and values, in any order. */
  static Labels of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException(namesAndValues.length + " strings: labels need a value for every name");
    }
    String[] pairs = namesAndValues.clone();
    int duplicate = sortPairs(pairs, pairs.length / 2);
    if (duplicate >= 0) throw new IllegalArgumentException("label " + pairs[duplicate * 2] + " appears twice");
    return new Labels(pairs);
  }

  static Labels of(Map<String, String> map) {
    String[] pairs = new String[map.size() * 2];
    int i = 0;
    for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
      pairs[i++] = e.getKey();
      pairs[i++] = e.getValue();
    }
    return new Labels(pairs);
  }

  /**
   * Takes ownership of the first {@code count} pairs of {@code pairs} (the parser's scratch array
   * is copied), sorting them by name.
   *
   * @return the labels, or null when a name appears twice ({@link #duplicateOf} names it)
   */
  static Labels fromParsed(String[] pairs, int count) {
    String[] copy = Arrays.copyOf(pairs, count * 2);
    return sortPairs(copy, count) >= 0 ? null : new Labels(copy);
  }

  /** The name that appears twice among the first {@code count} pairs, or null. */
  static String duplicateOf(String[] pairs, int count) {
    String[] copy = Arrays.copyOf(pairs, count * 2);
    int duplicate = sortPairs(copy, count);
    return duplicate < 0 ? null : copy[duplicate * 2];
  }

  /** Insertion sort: exporters nearly always write labels sorted already. Returns a duplicate's index or -1. */
  private static int sortPairs(String[] pairs, int count) {
    for (int i = 1; i < count; i++) {
      String name = pairs[i * 2];
      String value = pairs[i * 2 + 1];
      int j = i - 1;
      while (j >= 0 && pairs[j * 2].compareTo(name) > 0) {
        pairs[(j + 1) * 2] = pairs[j * 2];
        pairs[(j + 1) * 2 + 1] = pairs[j * 2 + 1];
        j--;
      }
      pairs[(j + 1) * 2] = name;
      pairs[(j + 1) * 2 + 1] = value;
    }
    for (int i = 1; i < count; i++) {
      if (pairs[i * 2].equals(pairs[(i - 1) * 2])) return i;
    }
    return -1;
  }

  /** The value of a label, or null when the series does not have it. */
  String get(String name) {
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i].equals(name)) return pairs[i + 1];
    }
    return null;
  }

  int size() {
    return pairs.length / 2;
  }

  String name(int index) {
    return pairs[index * 2];
  }

  String value(int index) {
    return pairs[index * 2 + 1];
  }

  SortedMap<String, String> toMap() {
    TreeMap<String, String> map = new TreeMap<>();
    for (int i = 0; i < pairs.length; i += 2) map.put(pairs[i], pairs[i + 1]);
    return Collections.unmodifiableSortedMap(map);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Labels other && hashCode() == other.hashCode() && Arrays.equals(pairs, other.pairs);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = Arrays.hashCode(pairs);
      hash = h == 0 ? 1 : h;
    }
    return hash;
  }

  /** As in PromQL: {@code {a="x", b="y"}}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < pairs.length; i += 2) {
      if (i > 0) out.append(", ");
      out.append(pairs[i]).append("=\"")
          .append(pairs[i + 1].replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append('"');
    }
    return out.append('}').toString();
  }
}
