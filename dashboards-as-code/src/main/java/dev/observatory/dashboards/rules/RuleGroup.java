package dev.observatory.dashboards.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A rule group; {@code interval} is null for the server's default evaluation interval. */
record RuleGroup(String name, String interval, List<Rule> rules) {
  RuleGroup {
    rules = List.copyOf(rules);
  }

  Map<String, Object> toYaml() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", name);
    if (interval != null) out.put("interval", interval);
    out.put("rules", rules.stream().map(Rule::toYaml).toList());
    return out;
  }
}
