package dev.observatory.slo.spec;

import java.util.List;

/** The text of a conversion and what the target format could not carry. */
public record Conversion(String text, List<String> warnings, List<String> errors) {
  public Conversion {
    warnings = List.copyOf(warnings);
    errors = List.copyOf(errors);
  }
}
