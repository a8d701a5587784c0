package dev.observatory.shop.app;

import dev.observatory.shop.api.ErrorResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anything else: JAX-RS errors keep their status; the rest is a logged 500 with a one-line body. */
public final class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorMapper.class);

  @Override
  public Response toResponse(Throwable e) {
    if (e instanceof WebApplicationException w) {
      Response r = w.getResponse();
      if (r.hasEntity()) return r;
      String message = r.getStatus() == 413 ? "request body too large" : r.getStatus() == 404 ? "not found" : r.getStatusInfo().getReasonPhrase();
      return Response.status(r.getStatus()).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorResponse(message)).build();
    }
    LOG.error("unexpected error: {}", e.toString(), e);
    return Response.status(500).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorResponse("internal error: " + e.getClass().getSimpleName())).build();
  }
}
