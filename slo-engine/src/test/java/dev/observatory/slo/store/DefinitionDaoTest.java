package dev.observatory.slo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** SLO definition versions: a new one only when the spec changes. */
class DefinitionDaoTest extends DatabaseTest {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

  @Test
  void aVersionIsAddedOnlyWhenTheSpecChanges() {
    DefinitionDao definitions = jdbi.onDemand(DefinitionDao.class);
    SloKey slo = SloKey.of("cart", "availability");
    String v1 = "{\"objective\": 99.9}";
    String v2 = "{\"objective\": 99.5}";
    assertThat(definitions.record(slo, v1, T0)).contains(1);
    assertThat(definitions.record(slo, v1, T0.plusSeconds(60))).isEmpty();
    assertThat(definitions.record(slo, v2, T0.plusSeconds(120))).contains(2);
    assertThat(definitions.record(slo, v1, T0.plusSeconds(180))).as("going back is a change too").contains(3);
    assertThat(definitions.record(SloKey.of("cart", "latency"), v1, T0)).as("versions count per SLO").contains(1);

    assertThat(definitions.versions(slo)).extracting(DefinitionVersion::version, DefinitionVersion::createdAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, T0),
            org.assertj.core.groups.Tuple.tuple(2, T0.plusSeconds(120)),
            org.assertj.core.groups.Tuple.tuple(3, T0.plusSeconds(180)));
    assertThat(definitions.current(slo)).hasValueSatisfying(d -> {
      assertThat(d.spec()).isEqualTo(v1);
      assertThat(d.hash()).isEqualTo(DefinitionDao.hash(v1)).hasSize(64);
    });
    assertThat(definitions.current(SloKey.of("cart", "unknown"))).isEmpty();
  }
}
