package dev.observatory.shop.frontend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.observatory.shop.api.ErrorResponse;
import dev.observatory.shop.api.OrderResult;
import dev.observatory.shop.api.PlaceOrderRequest;
import dev.observatory.shop.app.PeerClient;
import dev.observatory.shop.app.PeerException;
import dev.observatory.shop.checkout.CheckoutValidation;
import dev.observatory.shop.db.IdempotencyDao;
import dev.observatory.shop.db.IdempotencyRecord;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * {@code POST /api/checkout} with an {@code Idempotency-Key}: the first request with a key places
 * the order; retries, also concurrent ones, get its stored answer (and so charge once); the same
 * key with a different body gets 422. A server error frees the key so that a retry can try again.
 * The stored request hash never covers the card number, only its last four digits.
 */
final class IdempotentCheckout {
  static final String REPLAYED = "Idempotent-Replayed";
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final long POLL_MILLIS = 25;
  private final PeerClient peers;
  private final IdempotencyDao keys;
  private final ObjectMapper json;

  IdempotentCheckout(PeerClient peers, IdempotencyDao keys, ObjectMapper json) {
    this.peers = peers;
    this.keys = keys;
    this.json = json;
  }

  Response place(PlaceOrderRequest request, String key) {
    CheckoutValidation.check(request);
    if (key == null || key.isBlank()) return placeNow(request, null).response;
    if (key.length() > 200) return error(400, "Idempotency-Key is longer than 200 characters");
    String hash = hash(request);
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (keys.claim(key, hash) == 1) {
        Outcome outcome = placeNow(request, key);
        if (outcome.response.getStatus() >= 500) {
          keys.release(key);
        } else {
          keys.complete(key, outcome.response.getStatus(), outcome.body);
        }
        return outcome.response;
      }
      Optional<IdempotencyRecord> held = keys.find(key);
      if (held.isEmpty()) continue; // released by a failed first request: claim it again
      if (!held.get().requestHash().equals(hash)) {
        return error(422, "Idempotency-Key \"" + key + "\" was used with a different request body");
      }
      if (held.get().response() != null) {
        return Response.status(held.get().status()).type(MediaType.APPLICATION_JSON_TYPE).entity(held.get().response()).header(REPLAYED, "true").build();
      }
      sleep();
    }
    return error(409, "a checkout with Idempotency-Key \"" + key + "\" is still in progress; retry later");
  }

  private record Outcome(Response response, String body) {}

  private Outcome placeNow(PlaceOrderRequest request, String key) {
    try {
      OrderResult result = peers.postWithHeader("checkout", "/svc/checkout/orders", "oteldemo.CheckoutService/PlaceOrder", request,
          "Idempotency-Key", key, OrderResult.class);
      String body = json.writeValueAsString(result);
      return new Outcome(Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build(), body);
    } catch (PeerException e) {
      WebApplicationException mapped = dev.observatory.shop.app.ShopErrors.from(e);
      return new Outcome(mapped.getResponse(), write(new ErrorResponse(e.getMessage())));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String hash(PlaceOrderRequest r) {
    // The card number is reduced to its last four digits before hashing: it never reaches storage.
    var masked = new PlaceOrderRequest(r.userId(), r.userCurrency(), r.address(), r.email(),
        new dev.observatory.shop.api.CreditCardInfo(r.creditCard().lastFour(), 0, r.creditCard().creditCardExpirationYear(), r.creditCard().creditCardExpirationMonth()));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsString(masked).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException | JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String write(Object o) {
    try {
      return json.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Response error(int status, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorResponse(message)).build();
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a checkout with the same Idempotency-Key");
    }
  }
}
