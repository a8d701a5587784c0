package dev.observatory.slo.alerting;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * POSTs one notification to Alertmanager's {@code /api/v2/alerts}, given Alertmanager's base URL
 * ({@code http://alertmanager:9093}, or with a path prefix for {@code --web.route-prefix}).
 * Alertmanager answers 200 with an empty body; a 400 names the invalid field.
 */
public final class AlertmanagerSender implements NotificationSender {
  private final HttpPost post;

  public AlertmanagerSender(URI baseUrl, Duration timeout) {
    String base = baseUrl.toString();
    this.post = new HttpPost(URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/api/v2/alerts"), timeout);
  }

  @Override
  public SendResult send(Notification notification) {
    return post.send(AlertmanagerJson.render(List.of(notification)));
  }

  @Override
  public String toString() {
    return "alertmanager " + post.url();
  }
}
