package dev.observatory.slo.spec;

import java.util.Locale;

/** The spec formats Observatory reads and writes. */
public enum SpecFormat {
  NATIVE("observatory/v1"),
  OPENSLO("openslo/v1"),
  SLOTH("prometheus/v1");

  private final String version;

  SpecFormat(String version) {
    this.version = version;
  }

  /** The version string that identifies the format in a document. */
  public String version() {
    return version;
  }

  /** The name used on the command line: native, openslo, sloth. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
