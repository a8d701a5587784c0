package dev.observatory.slo.server;

import dev.observatory.slo.math.SloStatus;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.report.StatusPage;
import dev.observatory.slo.report.StatusView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The status page at {@code /} and the engine's {@code /metrics}. */
@Path("/")
public final class PageResource {
  private final Engine engine;

  PageResource(Engine engine) {
    this.engine = engine;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public String status() {
    List<StatusView> views = new ArrayList<>();
    for (Slo slo : engine.slos()) {
      SloStatus status = engine.status(slo.id());
      if (status == null) continue;
      var causes = engine.attribution(slo.id()).stream()
          .map(a -> new dev.observatory.slo.report.ErrorAttribution(a.spanName(), Math.round(a.errors()))).toList();
      views.add(StatusView.of(slo, status, BurnDown.points(engine.plan(slo.id()), engine.series(slo.id()), status), causes));
    }
    return StatusPage.render(views, Instant.now());
  }

  @GET
  @Path("metrics")
  @Produces("text/plain; version=0.0.4; charset=utf-8")
  public String metrics() {
    List<ResultsExposition.Entry> entries = engine.slos().stream().map(s -> new ResultsExposition.Entry(s, engine.status(s.id()))).toList();
    return ResultsExposition.write(entries, engine.counters());
  }
}
