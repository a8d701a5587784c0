package dev.observatory.shop.app;

import dev.observatory.shop.api.ErrorResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds the shop's error responses: a status and a one-line JSON message. */
public final class ShopErrors {
  private ShopErrors() {}

  public static WebApplicationException status(int status, String message) {
    return new WebApplicationException(message, Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorResponse(message)).build());
  }

  public static WebApplicationException badRequest(String message) {
    return status(400, message);
  }

  public static WebApplicationException notFound(String message) {
    return status(404, message);
  }

  /** A failure injected by a fault flag: a server error, as a real outage would be. */
  public static WebApplicationException injected(String message) {
    return status(500, message);
  }

  /** A failed call to another service, passed on: its client errors as they are, the rest as 502/503. */
  public static WebApplicationException from(PeerException e) {
    int status = e.clientError() ? e.status() : e.status() == 0 ? 503 : e.status() == 500 ? 500 : 502;
    return status(status, e.getMessage());
  }
}
