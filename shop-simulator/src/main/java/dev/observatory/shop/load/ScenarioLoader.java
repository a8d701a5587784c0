package dev.observatory.shop.load;

import dev.observatory.shop.flags.Flag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads an incident scenario:
 *
 * <pre>
 * name: payment-incident          # required
 * description: half of payments fail for four minutes   # optional
 * steps:                          # required, in time order
 *   - at: 2m                      # offset from the start of the run, a Prometheus duration
 *     set: {paymentFailure: 0.5}  # one or more flags and their values
 *   - at: 6m
 *     set: {paymentFailure: 0}
 * </pre>
 *
 * Flags: paymentFailure (0..1), paymentUnreachable, cartFailure, productCatalogFailure
 * (true/false), shippingQuoteDelayMs, cartDelayMs (0..600000). Every problem is reported, each
 * with file, line and column.
 */
public final class ScenarioLoader {

  /** Scenarios are small; this keeps a wrong file argument from eating memory. */
  private static final int MAX_CHARS = 1 << 20;
  private static final int MAX_STEPS = 10_000;

  private ScenarioLoader() {}

  /** Reads and validates {@code file}; messages name it as given. */
  public static Scenario load(Path file) throws ScenarioException {
    String text;
    try {
      if (Files.size(file) > MAX_CHARS) {
        throw new ScenarioException(List.of(file + ": too large for a scenario (over 1 MiB)"));
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ScenarioException(List.of(file + ": cannot read: " + e.getMessage()));
    }
    return parse(file.toString(), text);
  }

  /** Parses {@code yaml}; {@code source} is the file name used in messages. */
  static Scenario parse(String source, String yaml) throws ScenarioException {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CHARS);
    options.setAllowDuplicateKeys(true); // reported below, with a position
    Node root;
    try {
      root = new Yaml(options).compose(new java.io.StringReader(yaml));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw new ScenarioException(
          List.of(at(source, mark) + "invalid YAML: " + firstLine(e.getProblem())));
    } catch (YAMLException e) {
      throw new ScenarioException(List.of(source + ": invalid YAML: " + firstLine(e.getMessage())));
    }
    return new Reader(source).scenario(root);
  }

  private static String at(String source, Mark mark) {
    return mark == null
        ? source + ": "
        : source + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1) + ": ";
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }

  /** Walks the YAML node tree once, collecting every problem. */
  private static final class Reader {
    private final String source;
    /** Collected problems, reported in file order. */
    private final List<Problem> problems = new ArrayList<>();

    Reader(String source) {
      this.source = source;
    }

    Scenario scenario(Node root) throws ScenarioException {
      if (!(root instanceof MappingNode)) {
        String where = root == null ? source + ":1:1: " : at(source, root.getStartMark());
        throw new ScenarioException(
            List.of(where + "a scenario must be a mapping with name and steps"));
      }
      MappingNode top = (MappingNode) root;
      String name = null;
      List<Scenario.Step> steps = new ArrayList<>();
      boolean sawSteps = false;
      for (NodeTuple t : fields(top, Set.of("name", "description", "steps"))) {
        String key = key(t);
        Node value = t.getValueNode();
        if (key.equals("name")) {
          name = text(value);
          if (name == null || name.isBlank()) {
            problem(value, "name must be a non-empty string");
            name = null;
          }
        } else if (key.equals("description")) {
          if (text(value) == null) {
            problem(value, "description must be a string");
          }
        } else {
          sawSteps = true;
          steps(value, steps);
        }
      }
      if (name == null && !hasKey(top, "name")) {
        problem(top, "name is required");
      }
      if (!sawSteps) {
        problem(top, "steps is required");
      }
      if (!problems.isEmpty()) {
        problems.sort(
            java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        throw new ScenarioException(problems.stream().map(Problem::text).toList());
      }
      return new Scenario(name, steps);
    }

    private void steps(Node value, List<Scenario.Step> out) {
      if (!(value instanceof SequenceNode) || ((SequenceNode) value).getValue().isEmpty()) {
        problem(value, "steps must be a non-empty list");
        return;
      }
      List<Node> items = ((SequenceNode) value).getValue();
      if (items.size() > MAX_STEPS) {
        problem(value, "steps has " + items.size() + " entries; at most " + MAX_STEPS);
        return;
      }
      Duration previous = null;
      for (Node item : items) {
        if (!(item instanceof MappingNode)) {
          problem(item, "each step must be a mapping with at and set");
          continue;
        }
        Duration at = null;
        TreeMap<String, String> set = null;
        MappingNode step = (MappingNode) item;
        for (NodeTuple t : fields(step, Set.of("at", "set"))) {
          Node v = t.getValueNode();
          if (key(t).equals("at")) {
            at = duration(v);
            if (at != null && previous != null && at.compareTo(previous) < 0) {
              problem(
                  v,
                  "at "
                      + PrometheusDuration.format(at)
                      + " is before the previous step's "
                      + PrometheusDuration.format(previous)
                      + "; steps must be in time order");
            }
          } else {
            set = flags(v);
          }
        }
        if (!hasKey(step, "at")) {
          problem(step, "at is required");
        }
        if (!hasKey(step, "set")) {
          problem(step, "set is required");
        }
        if (at != null) {
          previous = at;
        }
        if (at != null && set != null && problems.isEmpty()) {
          out.add(new Scenario.Step(at, set));
        }
      }
    }

    private Duration duration(Node v) {
      String text = text(v);
      try {
        return PrometheusDuration.parse(text);
      } catch (IllegalArgumentException e) {
        problem(v, "at must be a duration like 30s or 2m");
        return null;
      }
    }

    private TreeMap<String, String> flags(Node v) {
      if (!(v instanceof MappingNode) || ((MappingNode) v).getValue().isEmpty()) {
        problem(v, "set must map one or more flag names to values");
        return null;
      }
      TreeMap<String, String> set = new TreeMap<>();
      boolean ok = true;
      Set<String> seen = new HashSet<>();
      for (NodeTuple t : ((MappingNode) v).getValue()) {
        String name = text(t.getKeyNode());
        if (name == null || Flag.byName(name).isEmpty()) {
          problem(
              t.getKeyNode(),
              "unknown flag \"" + name + "\"; known flags: " + Flag.knownNames());
          ok = false;
          continue;
        }
        if (!seen.add(name)) {
          problem(t.getKeyNode(), "flag " + name + " is set twice");
          ok = false;
          continue;
        }
        Flag flag = Flag.byName(name).orElseThrow();
        String raw = text(t.getValueNode());
        java.util.Optional<String> canonical;
        try {
          canonical = raw == null ? java.util.Optional.empty() : java.util.Optional.of(flag.canonical(raw));
        } catch (IllegalArgumentException bad) {
          canonical = java.util.Optional.empty();
        }
        if (canonical.isEmpty()) {
          problem(t.getValueNode(), flag.expectation());
          ok = false;
        } else {
          set.put(name, canonical.get());
        }
      }
      return ok ? set : null;
    }

    /** The tuples of {@code map}, reporting unknown and repeated keys (which are skipped). */
    private List<NodeTuple> fields(MappingNode map, Set<String> allowed) {
      List<NodeTuple> known = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (NodeTuple t : map.getValue()) {
        String key = text(t.getKeyNode());
        if (key == null || !allowed.contains(key)) {
          problem(
              t.getKeyNode(),
              "unknown field \""
                  + key
                  + "\"; expected "
                  + String.join(", ", new java.util.TreeSet<>(allowed)));
        } else if (!seen.add(key)) {
          problem(t.getKeyNode(), "field " + key + " appears twice");
        } else {
          known.add(t);
        }
      }
      return known;
    }

    private static boolean hasKey(MappingNode map, String key) {
      return map.getValue().stream().anyMatch(t -> key.equals(text(t.getKeyNode())));
    }

    private static String key(NodeTuple t) {
      return text(t.getKeyNode());
    }

    /** The scalar's text, or null for a list, a mapping or an explicit null. */
    private static String text(Node node) {
      if (!(node instanceof ScalarNode)) {
        return null;
      }
      ScalarNode scalar = (ScalarNode) node;
      return scalar.getTag().equals(org.yaml.snakeyaml.nodes.Tag.NULL) ? null : scalar.getValue();
    }

    private void problem(Node node, String message) {
      Mark mark = node.getStartMark();
      problems.add(
          new Problem(mark.getLine(), mark.getColumn(), at(source, mark) + message));
    }

    private record Problem(int line, int column, String text) {}
  }
}
