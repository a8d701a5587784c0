package dev.observatory.slo.store;

import dev.observatory.slo.model.SloId;
import java.util.Objects;

/** How the store names an SLO: its id as text, {@code service/name}. */
public record SloKey(String value) implements Comparable<SloKey> {
  public SloKey {
    Objects.requireNonNull(value, "value");
    int slash = value.lastIndexOf('/');
    if (slash <= 0 || slash == value.length() - 1) {
      throw new IllegalArgumentException("\"" + value + "\": an SLO key must be service/name");
    }
  }

  public static SloKey of(SloId id) {
    return new SloKey(id.toString());
  }

  public static SloKey of(String service, String name) {
    return of(new SloId(service, name));
  }

  public SloId sloId() {
    int slash = value.lastIndexOf('/');
    return new SloId(value.substring(0, slash), value.substring(slash + 1));
  }

  @Override
  public int compareTo(SloKey o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
