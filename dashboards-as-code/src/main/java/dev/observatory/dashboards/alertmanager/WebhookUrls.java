package dev.observatory.dashboards.alertmanager;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The check every webhook URL passes before it reaches the config: Alertmanager refuses a webhook
 * whose scheme is not http or https, or that has no host, and refuses the whole file with it.
 */
final class WebhookUrls {
  private WebhookUrls() {}

  /** Why {@code url} cannot be a webhook, or {@code null} when it can. */
  static String problem(String url) {
    String shown = "\"" + url + "\"";
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return "must be an http:// or https:// URL, found " + shown + " (" + e.getReason() + ")";
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "must be an http:// or https:// URL, found " + shown;
    }
    if (uri.getRawAuthority() == null || uri.getRawAuthority().isBlank()) {
      return "must name a host, found " + shown;
    }
    return null;
  }
}
