package dev.observatory.slo.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** What the tests' real servers (Prometheus, Alertmanager) share: a readiness probe and a clean stop. */
public final class ServerProcesses {
  private ServerProcesses() {}

  /** Whether {@code base}/-/ready answers 200 within a second; false while it is not listening. */
  public static boolean ready(HttpClient http, URI base) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(base + "/-/ready")).timeout(Duration.ofSeconds(1)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Stops the process, forcibly if it does not exit within 10 seconds. */
  public static void stop(Process process) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
  }
}
