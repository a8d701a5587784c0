package dev.observatory.shop.flags;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The admin port's {@code /flags}: {@code GET /flags} lists every flag; {@code PUT /flags/NAME}
 * with a text body ({@code 0.5}, {@code true}, {@code 250}) sets one. Bad input gets 400 or 404
 * with a one-line JSON error.
 */
public final class FlagsServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final int MAX_BODY = 256;
  private final transient FaultFlags flags;
  private final transient ObjectMapper json;

  public FlagsServlet(FaultFlags flags, ObjectMapper json) {
    this.flags = flags;
    this.json = json;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = name(req);
    if (name == null) {
      write(resp, 200, flags.snapshot());
    } else if (FaultFlags.byName(name).isPresent()) {
      write(resp, 200, Map.of(name, flags.snapshot().get(name)));
    } else {
      write(resp, 404, Map.of("error", "unknown flag \"" + name + "\""));
    }
  }

  @Override
  protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = name(req);
    if (name == null) {
      write(resp, 405, Map.of("error", "PUT /flags/NAME with the value as the body"));
      return;
    }
    byte[] body = req.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      write(resp, 413, Map.of("error", "a flag value is at most " + MAX_BODY + " bytes"));
      return;
    }
    String value = new String(body, StandardCharsets.UTF_8).trim();
    if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) value = value.substring(1, value.length() - 1);
    if (FaultFlags.byName(name).isEmpty()) {
      write(resp, 404, Map.of("error", "unknown flag \"" + name + "\""));
      return;
    }
    try {
      write(resp, 200, Map.of(name, flags.set(name, value)));
    } catch (IllegalArgumentException e) {
      write(resp, 400, Map.of("error", e.getMessage()));
    }
  }

  private static String name(HttpServletRequest req) {
    String path = req.getPathInfo();
    if (path == null || path.equals("/") || path.isEmpty()) return null;
    return path.substring(1);
  }

  private void write(HttpServletResponse resp, int status, Object body) throws IOException {
    resp.setStatus(status);
    resp.setContentType("application/json");
    resp.setCharacterEncoding("UTF-8");
    json.writeValue(resp.getOutputStream(), body);
  }
}
