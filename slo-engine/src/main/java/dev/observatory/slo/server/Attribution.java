package dev.observatory.slo.server;

import dev.observatory.slo.model.Sli;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.server.api.AttributionJson;
import dev.observatory.slo.store.DownstreamErrorDao;
import dev.observatory.slo.store.DownstreamErrorRow;
import dev.observatory.slo.store.MinuteDao;
import dev.observatory.slo.store.MinuteRow;
import dev.observatory.slo.store.SloKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/**
 * Error attribution from PostgreSQL: which downstream calls of a spanmetrics SLO's service failed
 * in the SLO's bad minutes of a range (e.g. checkout's failures line up with its
 * oteldemo.PaymentService/Charge calls failing), most errors first, at most {@link #LIMIT}.
 */
final class Attribution {
  static final int LIMIT = 10;

  private Attribution() {}

  /** Attribution over minutes {@code [from, to)}; empty for SLOs that are not spanmetrics shorthands. */
  static List<AttributionJson> of(Jdbi jdbi, Slo slo, long from, long to) {
    String service = slo.sli() instanceof Sli.Availability a ? a.service() : slo.sli() instanceof Sli.Latency l ? l.service() : null;
    if (service == null || from >= to) return List.of();
    Set<Long> bad = new HashSet<>();
    for (MinuteRow row : jdbi.onDemand(MinuteDao.class).range(SloKey.of(slo.id()), from, to)) {
      if (row.total() - row.good() > 0) bad.add(row.minute());
    }
    if (bad.isEmpty()) return List.of();
    Map<String, double[]> byCall = new TreeMap<>(); // span name -> {errors, bad minutes with errors}
    for (DownstreamErrorRow row : jdbi.onDemand(DownstreamErrorDao.class).during(service, from, to)) {
      if (!bad.contains(row.minute()) || row.errors() <= 0) continue;
      double[] sums = byCall.computeIfAbsent(row.spanName(), k -> new double[2]);
      sums[0] += row.errors();
      sums[1] += 1;
    }
    List<AttributionJson> out = new ArrayList<>();
    byCall.forEach((span, sums) -> out.add(new AttributionJson(service, span, sums[0], sums[1] / bad.size())));
    out.sort(Comparator.comparingDouble(AttributionJson::errors).reversed());
    return out.size() > LIMIT ? List.copyOf(out.subList(0, LIMIT)) : List.copyOf(out);
  }
}
