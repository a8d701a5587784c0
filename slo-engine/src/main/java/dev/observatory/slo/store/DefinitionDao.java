package dev.observatory.slo.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The versions of each SLO's definition: the engine records the spec on every load, and a version is added only when it changed. */
@RegisterConstructorMapper(DefinitionVersion.class)
public interface DefinitionDao {
  /**
   * Records {@code spec} (the SLO's definition as JSON or YAML text) as the SLO's next version
   * unless the latest version has the same hash. Returns the new version, or empty when nothing
   * changed.
   */
  default Optional<Integer> record(SloKey slo, String spec, Instant now) {
    return recordHashed(slo, spec, hash(spec), now);
  }

  /**
   * One statement, so that two engines recording the same change concurrently add one version:
   * the second one's insert conflicts on (slo_key, version) and adds nothing.
   */
  @SqlQuery("insert into slo_definitions (slo_key, version, spec, hash, created_at)"
      + " select :slo, coalesce(max(d.version), 0) + 1, :spec, :hash, :now from slo_definitions d where d.slo_key = :slo"
      + " having coalesce((select l.hash from slo_definitions l where l.slo_key = :slo order by l.version desc limit 1), '') <> :hash"
      + " on conflict (slo_key, version) do nothing"
      + " returning version")
  Optional<Integer> recordHashed(@Bind("slo") SloKey slo, @Bind("spec") String spec, @Bind("hash") String hash, @Bind("now") Instant now);

  @SqlQuery("select * from slo_definitions where slo_key = :slo order by version desc limit 1")
  Optional<DefinitionVersion> current(@Bind("slo") SloKey slo);

  @SqlQuery("select * from slo_definitions where slo_key = :slo order by version")
  List<DefinitionVersion> versions(@Bind("slo") SloKey slo);

  /** The SHA-256 of the spec text, in hex. */
  static String hash(String spec) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(spec.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
