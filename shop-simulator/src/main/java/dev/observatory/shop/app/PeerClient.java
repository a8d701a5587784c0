package dev.observatory.shop.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.observatory.shop.api.ErrorResponse;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** JSON calls from one service to another, each a CLIENT span; failures become {@link PeerException}. */
public final class PeerClient {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private final Peers peers;
  private final HttpSender sender;
  private final ObjectMapper json;

  public PeerClient(Peers peers, HttpSender sender, ObjectMapper json) {
    this.peers = peers;
    this.sender = sender;
    this.json = json;
  }

  public <T> T get(String service, String path, String spanName, Class<T> type) {
    return call(service, HttpRequest.newBuilder(peers.resolve(service, path)).GET(), spanName, json.constructType(type));
  }

  public <T> T get(String service, String path, String spanName, JavaType type) {
    return call(service, HttpRequest.newBuilder(peers.resolve(service, path)).GET(), spanName, type);
  }

  public <T> T post(String service, String path, String spanName, Object body, Class<T> type) {
    return call(service, HttpRequest.newBuilder(peers.resolve(service, path)).POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body)))
        .header("Content-Type", "application/json"), spanName, type == null ? null : json.constructType(type));
  }

  /** A POST with one extra header (left out when its value is null). */
  public <T> T postWithHeader(String service, String path, String spanName, Object body, String header, String value, Class<T> type) {
    HttpRequest.Builder request = HttpRequest.newBuilder(peers.resolve(service, path)).POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body)))
        .header("Content-Type", "application/json");
    if (value != null) request.header(header, value);
    return call(service, request, spanName, type == null ? null : json.constructType(type));
  }

  /** A POST to {@code base} instead of where {@code service} normally is (a misconfigured peer). */
  public <T> T postTo(String base, String service, String path, String spanName, Object body, Class<T> type) {
    return call(service, HttpRequest.newBuilder(java.net.URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body)))
        .header("Content-Type", "application/json"), spanName, type == null ? null : json.constructType(type));
  }

  public void delete(String service, String path, String spanName) {
    call(service, HttpRequest.newBuilder(peers.resolve(service, path)).DELETE(), spanName, null);
  }

  private <T> T call(String service, HttpRequest.Builder request, String spanName, JavaType type) {
    HttpResponse<String> response;
    try {
      response = sender.send(request.timeout(TIMEOUT).header("Accept", "application/json"), spanName);
    } catch (IOException e) {
      throw new PeerException(service, 0, service + " is unreachable: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PeerException(service, 0, "interrupted while calling " + service);
    }
    int status = response.statusCode();
    if (status >= 300) throw new PeerException(service, status, errorMessage(response.body(), service, status));
    if (type == null) return null;
    try {
      return json.readValue(response.body(), type);
    } catch (JsonProcessingException e) {
      throw new PeerException(service, 502, service + " answered something that is not the expected JSON");
    }
  }

  private String errorMessage(String body, String service, int status) {
    try {
      ErrorResponse error = json.readValue(body, ErrorResponse.class);
      if (error.error() != null) return error.error();
    } catch (JsonProcessingException | IllegalArgumentException e) {
      // not our error shape: fall through
    }
    return service + " answered HTTP " + status;
  }

  private byte[] bytes(Object body) {
    try {
      return json.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
    }
  }
}
