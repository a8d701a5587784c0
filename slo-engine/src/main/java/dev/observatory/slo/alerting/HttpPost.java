package dev.observatory.slo.alerting;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;

/** POSTs a JSON body with a timeout: 2xx is sent, anything else or an exception is a one-line failure. */
final class HttpPost {
  private final HttpClient client;
  private final URI url;
  private final Duration timeout;

  HttpPost(URI url, Duration timeout) {
    this.url = Objects.requireNonNull(url, "url");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    if (timeout.isZero() || timeout.isNegative()) throw new IllegalArgumentException(timeout + ": the timeout must be positive");
    this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  SendResult send(String json) {
    try {
      HttpRequest request = HttpRequest.newBuilder(url)
          .timeout(timeout)
          .header("Content-Type", "application/json")
          .header("User-Agent", "observatory-slo-engine")
          .POST(HttpRequest.BodyPublishers.ofString(json))
          .build();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 == 2) return SendResult.ok();
      return SendResult.failed("HTTP " + response.statusCode() + " from " + url + ": " + response.body());
    } catch (HttpTimeoutException e) {
      return SendResult.failed("no answer from " + url + " within " + timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return SendResult.failed("interrupted while posting to " + url);
    } catch (IOException | RuntimeException e) {
      return SendResult.failed(e.getClass().getSimpleName() + " posting to " + url + ": " + e.getMessage());
    }
  }

  URI url() {
    return url;
  }
}
