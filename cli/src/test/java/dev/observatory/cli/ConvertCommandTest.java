package dev.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  @TempDir Path dir;

  @Test
  void theShopsSlosConvertToOpenSloAndBackToTheSameNativeText() throws IOException {
    Path openslo = dir.resolve("shop.openslo.yaml");
    CliRun to = CliRun.of("convert", "../slo-definitions", "--to", "openslo", "--out", openslo.toString());
    assertThat(to.code()).as(to.err()).isZero();
    assertThat(Files.readString(openslo)).startsWith("# Converted by slo convert --to openslo\n").contains("apiVersion: openslo/v1");

    CliRun direct = CliRun.of("convert", "../slo-definitions", "--to", "native");
    CliRun back = CliRun.of("convert", openslo.toString(), "--to", "native");
    assertThat(back.code()).as(back.err()).isZero();
    assertThat(back.out()).isEqualTo(direct.out());
    assertThat(CliRun.of("validate", openslo.toString()).code()).isZero();
  }

  @Test
  void whatSlothCannotExpressIsRefusedAndNothingIsWritten() {
    Path out = dir.resolve("sloth.yaml");
    CliRun run = CliRun.of("convert", "../slo-definitions", "--to", "sloth", "--out", out.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains("error: SLO currency/convert-availability-monthly: Sloth has no calendar windows (calendar month (Europe/Berlin))")
        .contains("cannot convert to sloth: nothing written");
    assertThat(out).doesNotExist();
  }

  @Test
  void invalidInputIsReportedAndNothingIsWritten() {
    Path out = dir.resolve("out.yaml");
    CliRun run = CliRun.of("convert", "../slo-engine/src/test/resources/specs/bad/objective-range.yaml", "--to", "openslo", "--out", out.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("objective must be in (0, 100), found 101").contains("invalid input: nothing converted");
    assertThat(out).doesNotExist();
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void anUnknownTargetFormatIsInvalidInput() {
    CliRun run = CliRun.of("convert", "../slo-definitions", "--to", "pyrra");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("unknown format 'pyrra'; use native, openslo or sloth");
  }
}
