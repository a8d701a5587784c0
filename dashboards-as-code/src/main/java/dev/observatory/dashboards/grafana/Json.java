package dev.observatory.dashboards.grafana;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * Jackson's tree model with insertion-ordered objects, printed with two-space indents and
 * {@code \n} line ends whatever the platform, so generated files diff cleanly.
 */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter PRETTY;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    // "key": value, as Grafana itself exports dashboards (Jackson's default is "key" : value).
    Separators separators = Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    PRETTY = MAPPER.writer(printer);
  }

  private Json() {}

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  static ArrayNode strings(Iterable<String> values) {
    ArrayNode out = array();
    values.forEach(out::add);
    return out;
  }

  static String pretty(JsonNode node) {
    try {
      return PRETTY.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON document: " + e.getOriginalMessage(), e);
    }
  }
}
