package dev.observatory.slo.server;

import dev.observatory.slo.math.MinuteSeries;
import dev.observatory.slo.math.SloStatus;
import dev.observatory.slo.model.Severity;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.server.api.AlertEpisodeJson;
import dev.observatory.slo.server.api.HistoryPointJson;
import dev.observatory.slo.server.api.SloJson;
import dev.observatory.slo.store.AlertEpisode;
import dev.observatory.slo.store.EpisodeDao;
import dev.observatory.slo.store.SloKey;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/** The REST API: SLOs with their state, their history, and alert episodes. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public final class SloResource {
  static final int MAX_POINTS = 2_000;
  private final Engine engine;
  private final Jdbi jdbi;

  SloResource(Engine engine, Jdbi jdbi) {
    this.engine = engine;
    this.jdbi = jdbi;
  }

  @GET
  @Path("/slos")
  public List<SloJson> slos() {
    return engine.slos().stream()
        .map(s -> ApiViews.slo(s, engine.status(s.id()), alertStates(s.id()), List.of(), false))
        .sorted(Comparator.comparing((SloJson j) -> j.budgetRemaining() == null ? Double.MAX_VALUE : j.budgetRemaining()))
        .toList();
  }

  @GET
  @Path("/slos/{service}/{name}")
  public SloJson slo(@PathParam("service") String service, @PathParam("name") String name) {
    Slo slo = find(service, name);
    return ApiViews.slo(slo, engine.status(slo.id()), alertStates(slo.id()), engine.attribution(slo.id()), true);
  }

  @GET
  @Path("/slos/{service}/{name}/history")
  public List<HistoryPointJson> history(@PathParam("service") String service, @PathParam("name") String name,
      @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("step") String step) {
    Slo slo = find(service, name);
    Instant end = to == null ? Instant.now() : instant(to, "to");
    Instant start = from == null ? end.minus(Duration.ofHours(6)) : instant(from, "from");
    long stepMinutes = step == null ? 5 : parseStep(step);
    if (!start.isBefore(end)) throw bad("from must be before to");
    long first = Engine.minute(start);
    long last = Engine.minute(end);
    if ((last - first) / stepMinutes > MAX_POINTS) throw bad("at most " + MAX_POINTS + " points: widen step or narrow from/to");
    MinuteSeries series = engine.series(slo.id());
    List<HistoryPointJson> points = new ArrayList<>();
    for (long m = first + stepMinutes; m <= last; m += stepMinutes) {
      var counts = series.window(m, stepMinutes);
      SloStatus at = engine.plan(slo.id()).evaluate(series, m);
      Double sli = counts.total() > 0 ? counts.good() / counts.total() : null;
      points.add(new HistoryPointJson(Instant.ofEpochSecond(m * 60).toString(), counts.good(), counts.total(), sli, ApiViews.value(at.period().budgetRemaining())));
    }
    return points;
  }

  @GET
  @Path("/alerts")
  public List<AlertEpisodeJson> alerts(@QueryParam("hours") Integer hours) {
    Instant to = Instant.now();
    Instant from = to.minus(Duration.ofHours(hours == null ? 24 * 7 : Math.max(1, Math.min(hours, 24 * 400))));
    EpisodeDao episodes = jdbi.onDemand(EpisodeDao.class);
    List<AlertEpisodeJson> out = new ArrayList<>();
    for (Slo slo : engine.slos()) {
      for (AlertEpisode e : episodes.overlapping(SloKey.of(slo.id()), from, to)) {
        out.add(new AlertEpisodeJson(slo.id().service(), slo.id().name(), e.severity().label(), e.isOpen() ? "firing" : "resolved",
            e.startedAt().toString(), e.resolvedAt() == null ? null : e.resolvedAt().toString()));
      }
    }
    out.sort(Comparator.comparing(AlertEpisodeJson::startedAt).reversed());
    return out;
  }

  private Map<String, String> alertStates(SloId id) {
    Map<String, String> states = new TreeMap<>();
    for (Severity s : Severity.values()) states.put(s.label(), engine.phase(id, s).name().toLowerCase(java.util.Locale.ROOT));
    return states;
  }

  private Slo find(String service, String name) {
    try {
      return engine.slo(new SloId(service, name)).orElseThrow(() -> new NotFoundException());
    } catch (IllegalArgumentException e) {
      throw new NotFoundException();
    }
  }

  private static Instant instant(String text, String field) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      try {
        return Instant.ofEpochSecond(Long.parseLong(text));
      } catch (NumberFormatException n) {
        throw bad(field + " must be an RFC 3339 time or Unix seconds, found \"" + text + "\"");
      }
    }
  }

  private static long parseStep(String step) {
    long minutes;
    try {
      minutes = dev.observatory.slo.model.Durations.parse(step).toMinutes();
    } catch (IllegalArgumentException e) {
      throw bad("step: " + e.getMessage());
    }
    if (minutes < 1) throw bad("step must be at least 1m");
    return minutes;
  }

  static WebApplicationException bad(String message) {
    return new WebApplicationException(Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", message)).build());
  }
}
