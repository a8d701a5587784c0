package dev.observatory.slo.backtest;

import dev.observatory.slo.alerting.AlertEvent;
import dev.observatory.slo.alerting.AlertStateMachine;
import dev.observatory.slo.alerting.Damping;
import dev.observatory.slo.math.AlertState;
import dev.observatory.slo.math.AlertStatus;
import dev.observatory.slo.math.PeriodStatus;
import dev.observatory.slo.math.SloStatus;
import dev.observatory.slo.math.WindowCounts;
import dev.observatory.slo.model.BurnRateAlert;
import dev.observatory.slo.model.Severity;
import dev.observatory.slo.model.SloId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The alert episodes of one SLO under one policy: per minute the verdict of every pair from the
 * kernel's burn rates, then the engine's {@link AlertStateMachine}, one severity at a time.
 *
 * <p>The machine is called only where it can change something: when a severity fires while
 * inactive, on the last minute of each run of firing minutes (earlier ones would only move "last
 * firing" forward, which the last one does too), and on quiet minutes while the alert is open.
 * Minutes with no data change nothing in the machine and are skipped. A test proves the episodes
 * equal those of calling the machine every minute.
 */
final class EpisodeFinder {
  private static final PeriodStatus NOT_EVALUATED = new PeriodStatus(0, 0, Duration.ZERO, WindowCounts.NONE,
      OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());

  private static final byte FIRING = 2;
  private static final byte QUIET = 1;
  private static final byte NO_DATA = 0;

  private final SloId slo;
  private final WindowKernel kernel;
  private final List<BurnRateAlert> alerts;
  private final double[][] longBurn;
  private final double[][] shortBurn;
  private final int[] longMinutes;
  private final double[] factors;
  private final long minEvents;
  private final int fromK;

  /**
   * @param burnRates per pair {long, short} burn-rate arrays over evaluation indices {@code [fromK, …]}
   */
  EpisodeFinder(SloId slo, WindowKernel kernel, List<BurnRateAlert> alerts, double[][][] burnRates, long minEvents, int fromK) {
    this.slo = slo;
    this.kernel = kernel;
    this.alerts = List.copyOf(alerts);
    this.longBurn = new double[alerts.size()][];
    this.shortBurn = new double[alerts.size()][];
    this.longMinutes = new int[alerts.size()];
    this.factors = new double[alerts.size()];
    for (int j = 0; j < alerts.size(); j++) {
      longBurn[j] = burnRates[j][0];
      shortBurn[j] = burnRates[j][1];
      longMinutes[j] = (int) alerts.get(j).longWindow().toMinutes();
      factors[j] = alerts.get(j).factor();
    }
    this.minEvents = minEvents;
    this.fromK = fromK;
  }

  /** The episodes, by start, over evaluation indices {@code [fromK, toK]}. */
  List<Episode> find(int toK, Damping damping, boolean everyMinute) {
    List<Episode> episodes = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      int[] pairs = java.util.stream.IntStream.range(0, alerts.size()).filter(j -> alerts.get(j).severity() == severity).toArray();
      if (pairs.length > 0) replay(severity, pairs, toK, damping, everyMinute, episodes);
    }
    episodes.sort(java.util.Comparator.comparingLong(Episode::startEpochMinute).thenComparing(Episode::severity));
    return episodes;
  }

  private void replay(Severity severity, int[] pairs, int toK, Damping damping, boolean everyMinute, List<Episode> out) {
    AlertStateMachine machine = new AlertStateMachine(damping);
    boolean open = false;
    long openedAt = 0;
    BurnRateAlert tripped = null;
    byte[] verdicts = verdicts(pairs, toK);
    for (int k = fromK; k <= toK; k++) {
      byte verdict = verdicts[k - fromK];
      boolean call = everyMinute
          || (verdict == FIRING && (!open || verdicts[k + 1 - fromK] != FIRING))
          || (verdict == QUIET && open);
      if (!call) continue;
      long now = kernel.start() + k;
      for (AlertEvent e : machine.observe(status(pairs, k, now), Instant.ofEpochSecond(now * 60))) {
        if (e.kind() == AlertEvent.Kind.FIRED) {
          open = true;
          openedAt = now;
          tripped = e.pair().alert();
        } else {
          open = false;
          out.add(new Episode(severity, tripped, openedAt, OptionalLong.of(now), List.of()));
        }
      }
    }
    if (open) out.add(new Episode(severity, tripped, openedAt, OptionalLong.empty(), List.of()));
  }

  /** The severity's verdict at every index in {@code [fromK, toK]}, and NO_DATA after the last one. */
  private byte[] verdicts(int[] pairs, int toK) {
    byte[] out = new byte[toK - fromK + 2];
    java.util.Arrays.fill(out, QUIET);
    out[out.length - 1] = NO_DATA;
    for (int j : pairs) {
      for (int k = fromK; k <= toK; k++) {
        int i = k - fromK;
        if (out[i] == FIRING) continue;
        byte s = state(j, k);
        if (s == FIRING || (s == NO_DATA && out[i] == QUIET)) out[i] = s;
      }
    }
    return out;
  }

  private byte state(int j, int k) {
    double l = longBurn[j][k - fromK];
    double s = shortBurn[j][k - fromK];
    if (Double.isNaN(l) || Double.isNaN(s)) return NO_DATA;
    double factor = factors[j];
    if (l > factor && s > factor && (minEvents == 0 || kernel.total(k, longMinutes[j]) >= minEvents)) return FIRING;
    return QUIET;
  }

  /** The state of pair {@code j} at evaluation index {@code k}, as the engine names it (tests). */
  AlertState stateOf(int j, int k) {
    byte s = state(j, k);
    return s == FIRING ? AlertState.FIRING : s == QUIET ? AlertState.OK : AlertState.NO_DATA;
  }

  private SloStatus status(int[] pairs, int k, long now) {
    List<AlertStatus> statuses = new ArrayList<>(pairs.length);
    for (int j : pairs) {
      statuses.add(new AlertStatus(alerts.get(j), stateOf(j, k), optional(longBurn[j][k - fromK]), optional(shortBurn[j][k - fromK])));
    }
    return new SloStatus(slo, now, List.of(), NOT_EVALUATED, statuses, Optional.empty());
  }

  private static OptionalDouble optional(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
