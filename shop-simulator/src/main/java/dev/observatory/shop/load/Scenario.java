package dev.observatory.shop.load;

import dev.observatory.shop.flags.Flag;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An incident scenario: fault-flag changes at offsets from the start of the load run. Read one
 * with {@link ScenarioLoader#load}; the YAML format is documented there.
 *
 * @param name shown in the output next to each applied change
 * @param steps in time order
 */
public record Scenario(String name, List<Step> steps) {

  public Scenario {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("scenario name must not be blank");
    }
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("scenario " + name + " has no steps");
    }
    for (int i = 1; i < steps.size(); i++) {
      if (steps.get(i).at().compareTo(steps.get(i - 1).at()) < 0) {
        throw new IllegalArgumentException("scenario " + name + ": steps are not in time order");
      }
    }
  }

  /**
   * One moment of the scenario.
   *
   * @param at offset from the start of the run
   * @param set flag name → value as sent to the admin endpoint ({@code 0.5}, {@code true},
   *     {@code 250}), sorted by flag name
   */
  public record Step(Duration at, SortedMap<String, String> set) {

    public Step {
      Objects.requireNonNull(at, "at");
      if (at.isNegative()) {
        throw new IllegalArgumentException("at must not be negative: " + at);
      }
      if (set.isEmpty()) {
        throw new IllegalArgumentException("a step must set at least one flag");
      }
      TreeMap<String, String> canonical = new TreeMap<>();
      for (Map.Entry<String, String> e : set.entrySet()) {
        Flag flag =
            Flag.byName(e.getKey())
                .orElseThrow(() -> new IllegalArgumentException("unknown flag " + e.getKey()));
        try {
          canonical.put(e.getKey(), flag.canonical(e.getValue()));
        } catch (IllegalArgumentException bad) {
          throw new IllegalArgumentException(flag.expectation());
        }
      }
      set = java.util.Collections.unmodifiableSortedMap(canonical);
    }
  }
}
