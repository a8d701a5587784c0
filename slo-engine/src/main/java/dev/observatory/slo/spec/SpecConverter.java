package dev.observatory.slo.spec;

import dev.observatory.slo.model.Slo;
import java.util.List;

/** The entry point for writing SLOs in a spec format. */
public final class SpecConverter {
  private SpecConverter() {}

  public static Conversion convert(List<Slo> slos, SpecFormat to) {
    return switch (to) {
      case NATIVE -> NativeSpecWriter.write(slos);
      case OPENSLO -> OpenSloWriter.write(slos);
      case SLOTH -> SlothWriter.write(slos);
    };
  }
}
