package dev.observatory.slo.source;

import dev.observatory.slo.model.Selector;
import dev.observatory.slo.model.Sli;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.model.Spanmetrics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which series feed which SLO: each selector-based SLO's total selector and its good or bad
 * selector (spanmetrics shorthands expanded). SLOs with raw PromQL SLIs are skipped with a reason:
 * only a Prometheus source can evaluate them. Immutable.
 */
final class SliSelection {
  /** How a series counts for an SLO. */
  enum Role { TOTAL, GOOD, BAD }

  /** One SLO's selectors; {@code index} is its position in {@link #feeds()}. */
  record Feed(int index, SloId slo, Selector total, Selector part, boolean partIsBad) {
    Feed {
      Objects.requireNonNull(slo, "slo");
      Objects.requireNonNull(total, "total");
      Objects.requireNonNull(part, "part");
    }
  }

  /** An SLO this source cannot count, and why. */
  record Skipped(SloId slo, String reason) {}

  /** A series counts as {@code role} for the feed at {@code feed}. */
  record Match(int feed, Role role) {}

  private record Rule(Selector selector, Match match) {}

  private final List<Feed> feeds;
  private final List<Skipped> skipped;
  private final Map<String, List<Rule>> rulesByMetric = new HashMap<>();
  private final List<Rule> rulesWithoutMetric = new ArrayList<>();

  private SliSelection(List<Feed> feeds, List<Skipped> skipped) {
    this.feeds = List.copyOf(feeds);
    this.skipped = List.copyOf(skipped);
    for (Feed feed : this.feeds) {
      add(feed.total(), new Match(feed.index(), Role.TOTAL));
      add(feed.part(), new Match(feed.index(), feed.partIsBad() ? Role.BAD : Role.GOOD));
    }
  }

  /** The selection for these SLOs, in SLO id order. */
  static SliSelection of(Collection<Slo> slos) {
    List<Feed> feeds = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Slo slo : slos.stream().sorted(Comparator.comparing(Slo::id)).toList()) {
      if (!slo.sli().selectorBased()) {
        skipped.add(new Skipped(slo.id(), "the SLI is raw PromQL; only a Prometheus source can evaluate it"));
        continue;
      }
      Sli.Events events = Spanmetrics.expand(slo.sli());
      boolean bad = events.bad() != null;
      feeds.add(new Feed(feeds.size(), slo.id(), events.total(), bad ? events.bad() : events.good(), bad));
    }
    return new SliSelection(feeds, skipped);
  }

  List<Feed> feeds() {
    return feeds;
  }

  List<Skipped> skipped() {
    return skipped;
  }

  /** Every role the series plays, in feed order; empty when no SLO selects it. */
  List<Match> match(String name, Labels labels) {
    List<Rule> named = rulesByMetric.getOrDefault(name, List.of());
    if (named.isEmpty() && rulesWithoutMetric.isEmpty()) return List.of();
    List<Match> matches = new ArrayList<>(2);
    for (Rule rule : named) {
      if (selects(rule.selector(), name, labels)) matches.add(rule.match());
    }
    for (Rule rule : rulesWithoutMetric) {
      if (selects(rule.selector(), name, labels)) matches.add(rule.match());
    }
    if (matches.isEmpty()) return List.of();
    matches.sort(Comparator.comparingInt(Match::feed).thenComparing(Match::role));
    return List.copyOf(matches);
  }

  /** Whether the selector selects the series, as PromQL decides ({@code __name__} is the series name). */
  static boolean selects(Selector selector, String name, Labels labels) {
    if (selector.metric() != null && !selector.metric().equals(name)) return false;
    for (Selector.LabelMatcher m : selector.matchers()) {
      String value = m.label().equals("__name__") ? name : labels.get(m.label());
      if (!m.matches(value)) return false;
    }
    return true;
  }

  private void add(Selector selector, Match match) {
    Rule rule = new Rule(selector, match);
    if (selector.metric() != null) {
      rulesByMetric.computeIfAbsent(selector.metric(), k -> new ArrayList<>()).add(rule);
    } else {
      rulesWithoutMetric.add(rule);
    }
  }
}
