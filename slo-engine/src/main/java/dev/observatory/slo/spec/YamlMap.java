package dev.observatory.slo.spec;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import dev.observatory.slo.model.Durations;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read field by field. Every accessor reports what is wrong (missing, wrong type,
 * bad value) at the right position and returns {@code null}, so a mapper reads on and collects
 * every problem of a file in one pass.
 */
public final class YamlMap {
  private final String file;
  private final Node node;
  private final Problems problems;
  private final String where;
  private final Map<String, NodeTuple> fields = new LinkedHashMap<>();
  private final Map<String, YamlMap> children = new LinkedHashMap<>();

  private YamlMap(String file, Node node, Problems problems, String where) {
    this.file = file;
    this.node = node;
    this.problems = problems;
    this.where = where;
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
        if (key == null) {
          problems.error(file, tuple.getKeyNode(), "keys must be plain names");
        } else if (fields.containsKey(key)) {
          problems.error(file, tuple.getKeyNode(), "duplicate key \"" + key + "\"" + (where.isEmpty() ? "" : " in " + where));
        } else {
          fields.put(key, tuple);
        }
      }
    }
  }

  /** The mapping at {@code node}, or null after reporting that it is not one. */
  public static YamlMap of(String file, Node node, Problems problems, String what) {
    if (!(node instanceof MappingNode)) {
      problems.error(file, node, (what.isEmpty() ? "a spec document" : what) + " must be a mapping, found " + describe(node));
      return null;
    }
    return new YamlMap(file, node, problems, what);
  }

  String file() {
    return file;
  }

  Node node() {
    return node;
  }

  public Problems problems() {
    return problems;
  }

  /** The path of this mapping in its document, e.g. {@code slos[1].sli}. */
  public String where() {
    return where;
  }

  public Position position() {
    return Position.of(file, node);
  }

  public boolean has(String key) {
    NodeTuple t = fields.get(key);
    return t != null && !isNull(t.getValueNode());
  }

  public Set<String> keys() {
    return fields.keySet();
  }

  /** The value node of a present, non-null key, else null (no report). */
  public Node raw(String key) {
    NodeTuple t = fields.get(key);
    return t == null || isNull(t.getValueNode()) ? null : t.getValueNode();
  }

  public Position positionOf(String key) {
    NodeTuple t = fields.get(key);
    return t == null ? position() : Position.of(file, t.getValueNode());
  }

  public Position keyPosition(String key) {
    NodeTuple t = fields.get(key);
    return t == null ? position() : Position.of(file, t.getKeyNode());
  }

  /** Reports every key that is not in {@code known}, suggesting the nearest known one. */
  public void rejectUnknown(Set<String> known) {
    for (Map.Entry<String, NodeTuple> e : fields.entrySet()) {
      if (!known.contains(e.getKey())) {
        problems.error(
            file,
            e.getValue().getKeyNode(),
            "unknown field \"" + e.getKey() + "\"" + (where.isEmpty() ? "" : " in " + where) + DidYouMean.suggest(e.getKey(), known));
      }
    }
  }

  void requireKey(String key) {
    if (!has(key)) problems.error(position(), "missing required field \"" + key + "\"" + (where.isEmpty() ? "" : " in " + where));
  }

  /** Free text that may be empty (descriptions): any scalar, or the empty string when absent. */
  String text(String key) {
    Node v = value(key, false);
    if (v == null) return "";
    if (!(v instanceof ScalarNode s)) {
      problems.error(file, v, qualified(key) + " must be a string, found " + describe(v));
      return "";
    }
    return s.getValue();
  }

  public String string(String key, boolean required) {
    Node v = value(key, required);
    if (v == null) return null;
    if (!(v instanceof ScalarNode s)) {
      problems.error(file, v, qualified(key) + " must be a string, found " + describe(v));
      return null;
    }
    if (s.getValue().isBlank()) {
      problems.error(file, v, qualified(key) + " must not be empty");
      return null;
    }
    return s.getValue();
  }

  public BigDecimal number(String key, boolean required) {
    Node v = value(key, required);
    if (v == null) return null;
    if (v instanceof ScalarNode s && (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT))) {
      try {
        return new BigDecimal(s.getValue().replace("_", ""));
      } catch (NumberFormatException e) {
        // .inf, .nan and friends: fall through to the type error
      }
    }
    problems.error(file, v, qualified(key) + " must be a number, found " + describe(v));
    return null;
  }

  Boolean bool(String key) {
    Node v = value(key, false);
    if (v == null) return null;
    if (v instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
      return s.getValue().equalsIgnoreCase("true") || s.getValue().equalsIgnoreCase("yes") || s.getValue().equalsIgnoreCase("on");
    }
    problems.error(file, v, qualified(key) + " must be true or false, found " + describe(v));
    return null;
  }

  public Duration duration(String key, boolean required) {
    String text = string(key, required);
    if (text == null) return null;
    try {
      return Durations.parse(text.trim());
    } catch (IllegalArgumentException e) {
      problems.error(positionOf(key), qualified(key) + ": " + e.getMessage());
      return null;
    }
  }

  /** The mapping under {@code key}; read once, so its problems are reported once however often it is asked for. */
  public YamlMap map(String key, boolean required) {
    if (children.containsKey(key)) return children.get(key);
    Node v = value(key, required);
    YamlMap child = v == null ? null : YamlMap.of(file, v, problems, qualified(key));
    if (v != null) children.put(key, child);
    return child;
  }

  /** A sequence's items, or null after reporting that it is not a sequence. */
  List<Node> list(String key, boolean required) {
    Node v = value(key, required);
    if (v == null) return null;
    if (!(v instanceof SequenceNode seq)) {
      problems.error(file, v, qualified(key) + " must be a list, found " + describe(v));
      return null;
    }
    return seq.getValue();
  }

  /** A map of string to scalar (labels, annotations); numbers and booleans read as their text. */
  Map<String, String> stringMap(String key) {
    YamlMap m = map(key, false);
    if (m == null) return Map.of();
    Map<String, String> out = new TreeMap<>();
    for (String k : m.keys()) {
      Node v = m.fields.get(k).getValueNode();
      if (v instanceof ScalarNode s && !isNull(s)) {
        if (key.equals("labels") && !SloChecks.LABEL_NAME.matcher(k).matches()) {
          problems.error(file, m.fields.get(k).getKeyNode(), "label name \"" + k + "\" in " + qualified(key) + " is not a Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*, not starting with __)");
        }
        out.put(k, s.getValue());
      } else {
        problems.error(file, v, qualified(key) + "." + k + " must be a string, found " + describe(v));
      }
    }
    return out;
  }

  /** The items of a list as mappings, reporting items that are not mappings. */
  public List<YamlMap> maps(String key, boolean required) {
    List<Node> items = list(key, required);
    if (items == null) return null;
    List<YamlMap> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      YamlMap m = YamlMap.of(file, items.get(i), problems, qualified(key) + "[" + i + "]");
      if (m != null) out.add(m);
    }
    return out;
  }

  public String qualified(String key) {
    return where.isEmpty() ? key : where + "." + key;
  }

  private Node value(String key, boolean required) {
    NodeTuple t = fields.get(key);
    if (t == null || isNull(t.getValueNode())) {
      if (required) {
        problems.error(t == null ? position() : Position.of(file, t.getKeyNode()), "missing required field \"" + key + "\"" + (where.isEmpty() ? "" : " in " + where));
      }
      return null;
    }
    return t.getValueNode();
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
  }

  static String describe(Node node) {
    if (node instanceof MappingNode) return "a mapping";
    if (node instanceof SequenceNode) return "a list";
    if (node instanceof ScalarNode s) {
      Tag tag = s.getTag();
      if (tag.equals(Tag.NULL)) return "nothing (null)";
      if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) return "the number " + s.getValue();
      if (tag.equals(Tag.BOOL)) return "the boolean " + s.getValue();
      String v = s.getValue();
      return "the string \"" + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "\"";
    }
    return "an unexpected value";
  }
}
