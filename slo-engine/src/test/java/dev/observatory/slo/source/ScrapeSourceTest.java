package dev.observatory.slo.source;

import static dev.observatory.slo.source.TestSources.CHECKOUT;
import static dev.observatory.slo.source.TestSources.at;
import static dev.observatory.slo.source.TestSources.checkoutPage;
import static dev.observatory.slo.source.TestSources.counted;
import static dev.observatory.slo.source.TestSources.minute;
import static dev.observatory.slo.source.TestSources.noData;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server on 127.0.0.1 (its own executor, nothing set JVM-wide). */
class ScrapeSourceTest {
  private static final Duration TIMEOUT = Duration.ofMillis(500);
  private static final long MAX_BYTES = 64 * 1024;

  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicInteger requests = new AtomicInteger();
  private final TestClock clock = new TestClock();
  private final SliAccumulator accumulator = new SliAccumulator(TestSources.selection());
  private ExecutorService executor;
  private HttpServer server;
  private ScrapeSource source;

  @BeforeEach
  void startServer() throws IOException {
    executor = Executors.newCachedThreadPool();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/metrics", ex -> {
      int n = requests.getAndIncrement();
      respond(ex, 200, "text/plain; version=0.0.4; charset=utf-8", checkoutPage(100 + 10 * n, n));
    });
    server.createContext("/openmetrics", ex -> {
      int n = requests.getAndIncrement();
      String page = checkoutPage(100 + 10 * n, n).replace("# TYPE traces_span_metrics_calls_total counter", "# TYPE traces_span_metrics_calls counter") + "# EOF\n";
      respond(ex, 200, "application/openmetrics-text; version=1.0.0; charset=utf-8", page);
    });
    server.createContext("/error", ex -> respond(ex, 500, "text/plain", "internal error\n"));
    server.createContext("/html", ex -> respond(ex, 200, "text/html; charset=utf-8", "<!DOCTYPE html><html><body>Sign in</body></html>\n"));
    server.createContext("/garbage", ex -> respond(ex, 200, "text/plain", "up 1\nthis is { not metrics\n"));
    server.createContext("/huge", ex -> respond(ex, 200, "text/plain", "x".repeat(10) + bigPage()));
    server.createContext("/hang", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/plain");
      ex.sendResponseHeaders(200, 0);
      OutputStream body = ex.getResponseBody();
      body.write("up 1\n".getBytes(StandardCharsets.UTF_8));
      body.flush();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ex.close();
    });
    server.start();
    source = new ScrapeSource(HttpClient.newHttpClient(), clock, accumulator, TIMEOUT, MAX_BYTES);
  }

  @AfterEach
  void stopServer() {
    release.countDown();
    server.stop(0);
    executor.shutdownNow();
  }

  @Test
  void goodPagesFeedTheAccumulator() {
    for (int i = 0; i < 3; i++) {
      clock.set(at(i * 30L));
      assertThat(source.scrape(uri("/metrics")).ok()).isTrue();
    }

    assertThat(accumulator.closeMinutesBefore(minute(2)).get(CHECKOUT)).containsExactly(counted(0, 10, 11), counted(1, 10, 11));
  }

  @Test
  void openMetricsPagesAreReadAsOpenMetrics() {
    clock.set(at(0));
    ScrapeOutcome first = source.scrape(uri("/openmetrics"));
    clock.set(at(60));
    source.scrape(uri("/openmetrics"));

    assertThat(first).extracting(ScrapeOutcome::ok, ScrapeOutcome::samples).containsExactly(true, 3);
    assertThat(accumulator.closeMinutesBefore(minute(2)).get(CHECKOUT)).containsExactly(noData(0), counted(1, 10, 11));
  }

  @Test
  void aServerErrorIsAFailedScrape() {
    assertThat(source.scrape(uri("/error")).error()).contains("HTTP status 500, expected 200");
  }

  @Test
  void anHtmlPageIsAFailedScrape() {
    assertThat(source.scrape(uri("/html")).error()).contains("the target answered with an HTML page (Content-Type text/html; charset=utf-8), not metrics");
  }

  @Test
  void aMalformedPageIsOneFailedScrapeNamingTheLine() {
    ScrapeOutcome outcome = source.scrape(uri("/garbage"));

    assertThat(outcome.error()).contains("bad page: line 2, column 6: \"is\" is not a number");
    assertThat(source.failedScrapes()).isEqualTo(1);
  }

  @Test
  void aHungResponseTimesOut() {
    ScrapeOutcome outcome = source.scrape(uri("/hang"));

    assertThat(outcome.error()).contains("no complete response within 500 ms");
  }

  @Test
  void aPageLargerThanTheLimitIsRefused() {
    assertThat(source.scrape(uri("/huge")).error()).contains("page too large: more than 65536 bytes");
  }

  @Test
  void aTargetNobodyListensOnIsAFailedScrape() throws IOException {
    int port;
    try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }

    assertThat(source.scrape(URI.create("http://127.0.0.1:" + port + "/metrics")).ok()).isFalse();
  }

  @Test
  void failedScrapesLeaveTheirMinutesWithoutData() {
    clock.set(at(0));
    source.scrape(uri("/metrics"));
    clock.set(at(30));
    source.scrape(uri("/metrics"));
    clock.set(at(60));
    source.scrape(uri("/error"));
    clock.set(at(120));
    List<ScrapeOutcome> outcomes = source.scrapeAll(List.of(uri("/metrics")));

    assertThat(outcomes).allMatch(ScrapeOutcome::ok);
    assertThat(accumulator.closeMinutesBefore(minute(3)).get(CHECKOUT)).containsExactly(counted(0, 10, 11), noData(1), counted(2, 10, 11));
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private static String bigPage() {
    StringBuilder page = new StringBuilder();
    for (int i = 0; page.length() < 4 * MAX_BYTES; i++) page.append("filler_total{i=\"").append(i).append("\"} 1\n");
    return page.toString();
  }

  private static void respond(HttpExchange ex, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", contentType);
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    } catch (IOException e) {
      // the client gave up (the size limit): nothing to do
    }
  }

  /** A clock the test moves. */
  private static final class TestClock extends Clock {
    private volatile long millis;

    void set(long epochMillis) {
      millis = epochMillis;
    }

    @Override
    public long millis() {
      return millis;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
