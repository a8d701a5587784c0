package dev.observatory.slo.server.api;

import java.util.List;
import java.util.Map;

/**
 * An SLO and its state: {@code GET /api/v1/slos/{service}/{name}}; the list endpoint returns the
 * same records without {@code windows} and {@code pairs}.
 */
public record SloJson(
    String service,
    String name,
    String description,
    double objective,
    String window,
    String budgeting,
    String sli,
    Map<String, String> labels,
    String evaluatedAt,
    Double sliOverPeriod,
    Double budgetConsumed,
    Double budgetRemaining,
    Double periodBurnRate,
    Double currentBurnRate,
    String timeToExhaustion,
    Map<String, String> alerts,
    List<WindowJson> windows,
    List<AlertPairJson> pairs,
    List<AttributionJson> attribution) {}
