package dev.observatory.slo.alerting;

import java.net.URI;
import java.time.Duration;

/** POSTs the {@link WebhookJson} body of one notification to a URL. */
public final class WebhookSender implements NotificationSender {
  private final HttpPost post;

  public WebhookSender(URI url, Duration timeout) {
    this.post = new HttpPost(url, timeout);
  }

  @Override
  public SendResult send(Notification notification) {
    return post.send(WebhookJson.render(notification));
  }

  @Override
  public String toString() {
    return "webhook " + post.url();
  }
}
