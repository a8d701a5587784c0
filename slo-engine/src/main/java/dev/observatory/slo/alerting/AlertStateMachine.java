package dev.observatory.slo.alerting;

import dev.observatory.slo.math.AlertState;
import dev.observatory.slo.math.AlertStatus;
import dev.observatory.slo.math.SloStatus;
import dev.observatory.slo.model.BurnRateAlert;
import dev.observatory.slo.model.Severity;
import dev.observatory.slo.model.SloId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Per SLO and severity: inactive → firing → resolved (→ firing again as a new episode), driven by
 * one {@link SloStatus} per evaluation. Pure: no I/O, no clock; the caller passes the evaluation
 * time. Not thread-safe: one evaluation loop owns it.
 *
 * <p>Each evaluation reduces a severity's pairs to one verdict:
 *
 * <ul>
 *   <li><b>firing</b> when any pair of that severity is {@link AlertState#FIRING};
 *   <li><b>quiet</b> when every pair of that severity is {@link AlertState#OK};
 *   <li><b>no data</b> otherwise (no pair fires and at least one is {@link AlertState#NO_DATA}).
 * </ul>
 *
 * <p>A firing verdict fires an inactive or resolved alert ({@link AlertEvent.Kind#FIRED}, once) and
 * keeps a firing one firing (no event). A quiet verdict resolves a firing alert once the {@link
 * Damping} is satisfied ({@link AlertEvent.Kind#RESOLVED}, once). No data is not good data: it
 * keeps the current state, never fires, never resolves, and it does not count as a quiet evaluation
 * (it does not reset the count either); a firing alert whose SLI went silent stays open until
 * events show it quiet. A severity without pairs in the status is left alone.
 */
public final class AlertStateMachine {
  /** Where one SLO and severity stands. */
  public enum Phase {
    INACTIVE,
    FIRING,
    RESOLVED
  }

  private record Key(SloId slo, Severity severity) {}

  /** {@code tripped} is null after a restore: the stored episode does not say which pair fired. */
  private record Track(Phase phase, Instant startsAt, Instant lastFiringAt, int quietEvaluations, BurnRateAlert tripped) {}

  private static final Comparator<Key> ORDER = Comparator.comparing(Key::slo).thenComparing(Key::severity);

  private final Damping damping;
  private final Map<Key, Track> tracks = new TreeMap<>(ORDER);

  public AlertStateMachine(Damping damping) {
    this.damping = Objects.requireNonNull(damping, "damping");
  }

  /**
   * A machine whose open episodes are {@code open}, as stored before a restart: an episode that is
   * still firing at the next evaluation yields no event, one that went quiet resolves as usual.
   */
  public static AlertStateMachine restore(Damping damping, Collection<AlertEpisode> open) {
    AlertStateMachine machine = new AlertStateMachine(damping);
    for (AlertEpisode e : open) {
      Track previous = machine.tracks.put(new Key(e.slo(), e.severity()), new Track(Phase.FIRING, e.startsAt(), e.lastFiringAt(), 0, null));
      if (previous != null) throw new IllegalArgumentException(e.slo() + " " + e.severity().label() + ": two open episodes");
    }
    return machine;
  }

  /** Feeds one evaluation of one SLO, made at {@code at}; returns the transitions, at most one per severity. */
  public List<AlertEvent> observe(SloStatus status, Instant at) {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(at, "at");
    List<AlertEvent> events = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      List<AlertStatus> pairs = status.alerts().stream().filter(a -> a.alert().severity() == severity).toList();
      if (!pairs.isEmpty()) step(status, severity, pairs, at).ifPresent(events::add);
    }
    return List.copyOf(events);
  }

  private Optional<AlertEvent> step(SloStatus status, Severity severity, List<AlertStatus> pairs, Instant at) {
    Key key = new Key(status.id(), severity);
    Track track = tracks.get(key);
    Phase phase = track == null ? Phase.INACTIVE : track.phase();
    Optional<AlertStatus> firing = pairs.stream().filter(a -> a.state() == AlertState.FIRING).findFirst();
    if (firing.isPresent()) {
      if (phase == Phase.FIRING) {
        tracks.put(key, new Track(Phase.FIRING, track.startsAt(), at, 0, track.tripped()));
        return Optional.empty();
      }
      tracks.put(key, new Track(Phase.FIRING, at, at, 0, firing.get().alert()));
      return Optional.of(new AlertEvent(status.id(), severity, AlertEvent.Kind.FIRED, at, Optional.empty(), firing.get(), status));
    }
    boolean quiet = pairs.stream().allMatch(a -> a.state() == AlertState.OK);
    if (!quiet || phase != Phase.FIRING) return Optional.empty();
    int quietEvaluations = track.quietEvaluations() + 1;
    if (!damping.quietEnough(quietEvaluations, Duration.between(track.lastFiringAt(), at))) {
      tracks.put(key, new Track(Phase.FIRING, track.startsAt(), track.lastFiringAt(), quietEvaluations, track.tripped()));
      return Optional.empty();
    }
    tracks.put(key, new Track(Phase.RESOLVED, track.startsAt(), track.lastFiringAt(), quietEvaluations, track.tripped()));
    AlertStatus pair = pairs.stream().filter(a -> a.alert().equals(track.tripped())).findFirst().orElse(pairs.get(0));
    return Optional.of(new AlertEvent(status.id(), severity, AlertEvent.Kind.RESOLVED, track.startsAt(), Optional.of(at), pair, status));
  }

  public Phase phase(SloId slo, Severity severity) {
    Track track = tracks.get(new Key(slo, severity));
    return track == null ? Phase.INACTIVE : track.phase();
  }

  /** The firing alerts, by SLO then severity: what to store, and what to re-send to Alertmanager. */
  public List<AlertEpisode> openEpisodes() {
    List<AlertEpisode> open = new ArrayList<>();
    tracks.forEach((key, track) -> {
      if (track.phase() == Phase.FIRING) open.add(new AlertEpisode(key.slo(), key.severity(), track.startsAt(), track.lastFiringAt()));
    });
    return List.copyOf(open);
  }
}
