package dev.observatory.slo.model;

import java.util.Objects;
import java.util.regex.Pattern;

/** Identifies an SLO: the service it belongs to and its name, unique within the service. */
public record SloId(String service, String name) implements Comparable<SloId> {
  /** Names become Prometheus label values and file names: keep them simple and portable. */
  public static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._-]{0,126}[A-Za-z0-9])?");

  public SloId {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(name, "name");
    if (service.isBlank()) throw new IllegalArgumentException("service must not be blank");
    if (name.isBlank()) throw new IllegalArgumentException("name must not be blank");
  }

  @Override
  public int compareTo(SloId o) {
    int c = service.compareTo(o.service);
    return c != 0 ? c : name.compareTo(o.name);
  }

  @Override
  public String toString() {
    return service + "/" + name;
  }
}
