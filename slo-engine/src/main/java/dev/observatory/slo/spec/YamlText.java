package dev.observatory.slo.spec;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/** Writes ordered maps as block YAML: stable key order, decimals as written, no tags. */
final class YamlText {
  private YamlText() {}

  static String documents(String header, List<Map<String, Object>> docs) {
    StringBuilder out = new StringBuilder(header);
    Yaml yaml = yaml(DumperOptions.FlowStyle.BLOCK);
    for (int i = 0; i < docs.size(); i++) {
      if (i > 0 || !header.isEmpty()) out.append("---\n");
      out.append(yaml.dump(docs.get(i)));
    }
    return out.toString();
  }

  /** One mapping on one line, for values that travel inside an annotation. */
  static String flow(Map<String, Object> map) {
    return yaml(DumperOptions.FlowStyle.FLOW).dump(map).strip();
  }

  private static Yaml yaml(DumperOptions.FlowStyle style) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(style);
    options.setIndent(2);
    options.setIndicatorIndent(0);
    options.setWidth(160);
    options.setSplitLines(false);
    options.setExplicitStart(false);
    Representer representer = new Representer(options) {
      {
        // An integral decimal is written as an int ("99"), others as a float ("99.9"): no tags.
        Represent plain = data -> {
          String text = ((BigDecimal) data).toPlainString();
          return representScalar(text.contains(".") ? Tag.FLOAT : Tag.INT, text);
        };
        this.representers.put(BigDecimal.class, plain);
      }
    };
    return new Yaml(representer, options);
  }
}
