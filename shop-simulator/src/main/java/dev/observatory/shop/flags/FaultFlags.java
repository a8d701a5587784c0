package dev.observatory.shop.flags;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/** The current value of every fault flag; read on each request, changed at run time. Thread-safe. */
public final class FaultFlags {
  private final Map<Flag, Double> values = new EnumMap<>(Flag.class);

  public FaultFlags() {
    for (Flag f : Flag.values()) values.put(f, 0.0);
  }

  public static Optional<Flag> byName(String name) {
    return Flag.byName(name);
  }

  /**
   * Sets a flag from its text form ({@code 0.5}, {@code true}, {@code 250}).
   *
   * @throws IllegalArgumentException for an unknown flag (naming the known ones) or a bad value
   */
  public synchronized Object set(String name, String value) {
    Flag flag = byName(name).orElseThrow(() -> new IllegalArgumentException(
        "unknown flag \"" + name + "\"; flags are " + Flag.knownNames()));
    double v = flag.parse(value);
    values.put(flag, v);
    return flag.present(v);
  }

  public synchronized double value(Flag flag) {
    return values.get(flag);
  }

  public boolean on(Flag flag) {
    return value(flag) != 0;
  }

  /** Whether this call should fail, for a fraction flag: true with the flag's probability. */
  public boolean roll(Flag flag) {
    double p = value(flag);
    return p > 0 && (p >= 1 || ThreadLocalRandom.current().nextDouble() < p);
  }

  public long delayMillis(Flag flag) {
    return (long) value(flag);
  }

  /** Every flag by name, in declaration order, as it reads in JSON. */
  public synchronized Map<String, Object> snapshot() {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Flag f : Flag.values()) out.put(f.flagName(), f.present(values.get(f)));
    return out;
  }
}
