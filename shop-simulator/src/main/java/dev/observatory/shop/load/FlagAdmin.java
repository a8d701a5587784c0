package dev.observatory.shop.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Sets the shop's fault flags: {@code PUT {admin}/flags/{name}} with the value as text. */
final class FlagAdmin {

  private final HttpClient http;
  private final URI admin;
  private final Duration timeout;

  FlagAdmin(HttpClient http, URI admin, Duration timeout) {
    this.http = http;
    this.admin = admin;
    this.timeout = timeout;
  }

  /** Null on success, else what went wrong ("HTTP 500", "timeout", "connection refused"). */
  String set(String flag, String value) throws InterruptedException {
    String b = admin.toString();
    URI uri =
        URI.create(
            (b.endsWith("/") ? b.substring(0, b.length() - 1) : b)
                + "/flags/"
                + URLEncoder.encode(flag, StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Content-Type", "text/plain")
            .PUT(HttpRequest.BodyPublishers.ofString(value))
            .build();
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return status / 100 == 2 ? null : "HTTP " + status;
    } catch (HttpTimeoutException e) {
      return "timeout after " + PrometheusDuration.format(timeout);
    } catch (IOException e) {
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
  }
}
