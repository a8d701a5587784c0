package dev.observatory.slo.backtest;

import dev.observatory.slo.alerting.Damping;
import dev.observatory.slo.model.BurnRateAlert;
import dev.observatory.slo.model.Slo;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An alert policy to replay: its pairs (none: each SLO's own policy, as its spec says), when a
 * firing alert resolves, and an optional low-traffic guard.
 *
 * @param minEvents a pair fires only while its long window holds at least this many events (0: no
 *     guard); below it the pair counts as quiet, like a pair under its factor
 */
public record AlertPolicy(String name, List<PolicyPair> pairs, Damping resolveAfter, long minEvents) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._-]{0,62}[A-Za-z0-9])?");

  /** Each SLO's own policy (its spec, or the workbook default scaled to its window), default damping. */
  public static final AlertPolicy SPEC = new AlertPolicy("spec", List.of(), Damping.DEFAULT, 0);

  public AlertPolicy {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("\"" + name + "\": a policy name is letters, digits, '.', '_' and '-', at most 64");
    }
    pairs = List.copyOf(pairs);
    Objects.requireNonNull(resolveAfter, "resolveAfter");
    if (minEvents < 0) throw new IllegalArgumentException(minEvents + ": minEvents must not be negative");
  }

  /** Whether this is each SLO's own policy rather than pairs of its own. */
  public boolean fromSpec() {
    return pairs.isEmpty();
  }

  /** The pairs in force for {@code slo}, in policy order. */
  public List<BurnRateAlert> alertsFor(Slo slo) {
    if (fromSpec()) return slo.alertPolicy();
    return pairs.stream().map(p -> p.resolve(slo.window())).toList();
  }
}
