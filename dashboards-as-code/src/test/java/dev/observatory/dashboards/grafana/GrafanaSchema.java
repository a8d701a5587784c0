package dev.observatory.dashboards.grafana;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Grafana's dashboard JSON schema (draft-07, from grafana-foundation-sdk), read at test time from
 * {@code shared/conformance/grafana} beside the repository; never copied into it.
 */
final class GrafanaSchema {
  private GrafanaSchema() {}

  static Path find() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolveSibling("shared").resolve("conformance").resolve("grafana").resolve("dashboard.jsonschema.json");
      if (Files.isDirectory(p.resolve("slo-definitions")) && Files.isRegularFile(candidate)) return candidate;
    }
    return null;
  }

  /** The schema, or the test is skipped (failed under CI=true) when it is not beside the repository. */
  static Schema require() {
    Path file = find();
    Ci.require(file != null, "shared/conformance/grafana/dashboard.jsonschema.json beside the repository");
    try {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(Files.readString(file), InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> problems(Schema schema, String dashboardJson) {
    List<Error> errors = schema.validate(dashboardJson, InputFormat.JSON);
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }
}
