package dev.observatory.shop.app;

import java.net.URI;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each service is reached: in one process every service is on the same base URL; spread
 * over machines, {@code --peer cart=http://host:8080} points one elsewhere.
 */
public record Peers(URI defaultBase, Map<String, URI> overrides) {
  public Peers {
    overrides = Map.copyOf(new TreeMap<>(overrides));
  }

  public URI base(String service) {
    return overrides.getOrDefault(service, defaultBase);
  }

  /** The URL of {@code path} (starting with /) on the given service. */
  public URI resolve(String service, String path) {
    String base = base(service).toString();
    return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
  }
}
