package dev.observatory.slo.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.observatory.slo.model.Budgeting;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.Window;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Converting to another format and reading it back keeps the model equal. */
class RoundTripTest {
  static final Path SHOP = Path.of("../slo-definitions");
  static final Path EVERY_FEATURE = Path.of("src/test/resources/specs/good/every-feature.yaml");

  @ParameterizedTest(name = "{0} through {1} and back keeps every SLO equal")
  @CsvSource({"shop, NATIVE", "shop, OPENSLO", "every-feature, NATIVE", "every-feature, OPENSLO"})
  void convertingAndReadingBackKeepsTheModelEqual(String input, SpecFormat format) {
    List<Slo> original = load(input.equals("shop") ? SHOP : EVERY_FEATURE);
    Conversion conversion = SpecConverter.convert(original, format);
    assertThat(conversion.errors()).isEmpty();
    SpecSet back = SpecLoader.load("converted." + format.cliName() + ".yaml", conversion.text());
    assertThat(back.errors()).as(conversion.text()).isEmpty();
    assertThat(sorted(back.slos().stream().map(LoadedSlo::slo).toList())).isEqualTo(sorted(original));
  }

  @Test
  void slothKeepsWhatItCanExpressAndRefusesCalendarAndTimesliceSlos() {
    List<Slo> all = load(EVERY_FEATURE);
    List<Slo> expressible = all.stream()
        .filter(s -> s.window() instanceof Window.Rolling && s.budgeting() instanceof Budgeting.Occurrences && s.alerting().policy().isEmpty())
        .toList();
    Conversion refused = SpecConverter.convert(all, SpecFormat.SLOTH);
    assertThat(refused.errors()).containsExactly(
        "SLO storefront/api-good-requests: Sloth has no calendar windows (calendar week (America/New_York))",
        "SLO storefront/probe-success: Sloth has no calendar windows (calendar month (UTC))",
        "SLO storefront/checkout-calls: Sloth counts occurrences only, not timeslices (10m slices, good at 99.5%)");
    assertThat(refused.text()).isEmpty();

    Conversion conversion = SpecConverter.convert(expressible, SpecFormat.SLOTH);
    assertThat(conversion.warnings()).contains("SLO storefront/api-availability: Sloth sets the period per run, not per SLO; generate with --default-slo-period=28d");
    List<Slo> back = SpecLoader.load("converted.sloth.yaml", conversion.text()).slos().stream().map(LoadedSlo::slo).toList();
    // Sloth has no per-SLO period and no webhooks: compare with those set as Sloth reads them.
    assertThat(back).extracting(Slo::sli).containsExactlyInAnyOrderElementsOf(expressible.stream().map(Slo::sli).toList());
    assertThat(back).extracting(Slo::objective).containsExactlyInAnyOrderElementsOf(expressible.stream().map(Slo::objective).toList());
    assertThat(back).extracting(Slo::labels).containsExactlyInAnyOrderElementsOf(expressible.stream().map(Slo::labels).toList());
  }

  @Test
  void theShopsSlosConvertToSlothAndBackUnchanged() {
    List<Slo> thirtyDay = load(SHOP).stream().filter(s -> s.window().equals(new Window.Rolling(java.time.Duration.ofDays(30))) && s.alerting().policy().isEmpty()).toList();
    assertThat(thirtyDay).hasSizeGreaterThanOrEqualTo(4);
    Conversion conversion = SpecConverter.convert(thirtyDay, SpecFormat.SLOTH);
    assertThat(conversion.errors()).isEmpty();
    List<Slo> back = SpecLoader.load("converted.sloth.yaml", conversion.text()).slos().stream().map(LoadedSlo::slo).toList();
    assertThat(sorted(back)).isEqualTo(sorted(thirtyDay));
  }

  private static List<Slo> load(Path path) {
    SpecSet set = SpecLoader.load(List.of(path));
    assertThat(set.errors()).isEmpty();
    return set.slos().stream().map(LoadedSlo::slo).toList();
  }

  private static List<Slo> sorted(List<Slo> slos) {
    return slos.stream().sorted(Comparator.comparing(Slo::id)).toList();
  }
}
