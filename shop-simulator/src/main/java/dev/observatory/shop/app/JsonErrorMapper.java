package dev.observatory.shop.app;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.observatory.shop.api.ErrorResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Malformed or mistyped JSON: 400 naming the problem and where it is. */
public final class JsonErrorMapper implements ExceptionMapper<JsonProcessingException> {
  @Override
  public Response toResponse(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message != null) {
      int cut = message.indexOf('\n');
      if (cut > 0) message = message.substring(0, cut);
      if (message.length() > 200) message = message.substring(0, 200) + "…";
    }
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    String path = e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()
        ? " (field " + m.getPathReference().replaceAll("^.*\\[\"|\"\\]", "").replace("\"][\"", ".") + ")" : "";
    return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorResponse("malformed JSON" + where + path + ": " + message)).build();
  }
}
