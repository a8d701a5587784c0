package dev.observatory.slo.alerting;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntUnaryOperator;

/** A real HTTP server on 127.0.0.1 that records the bodies POSTed to it and answers with a status chosen per request. */
final class TestReceiver implements AutoCloseable {
  private final HttpServer server;
  private final List<String> bodies = new ArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);

  /** {@code status} maps the request number (1, 2, …) to the status to answer; 0 means never answer until closed. */
  TestReceiver(IntUnaryOperator status) {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      int n;
      synchronized (bodies) {
        bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        n = bodies.size();
      }
      int code = status.applyAsInt(n);
      if (code == 0) {
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        code = 503;
      }
      byte[] answer = (code / 100 == 2 ? "" : "failure number " + n + "\nsecond line").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(code, answer.length == 0 ? -1 : answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  List<String> bodies() {
    synchronized (bodies) {
      return List.copyOf(bodies);
    }
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
  }
}
