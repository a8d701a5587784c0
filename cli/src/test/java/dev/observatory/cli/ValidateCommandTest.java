package dev.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidateCommandTest {
  static final Path BAD = Path.of("../slo-engine/src/test/resources/specs/bad");

  @TempDir Path dir;

  @Test
  void theShopsDefinitionsAreValid() {
    CliRun run = CliRun.of("validate", "../slo-definitions");
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("ok: 6 files, 9 SLOs\n");
  }

  @Test
  void theBrokenSpecsFolderReportsEveryProblemAsFileLineColumnAndExitsTwo() {
    CliRun run = CliRun.of("validate", BAD.toString());
    assertThat(run.code()).isEqualTo(2);
    var lines = run.errLines();
    assertThat(lines.get(lines.size() - 1)).startsWith("invalid: 18 files, ");
    assertThat(lines.subList(0, lines.size() - 1))
        .hasSizeGreaterThan(40)
        .allSatisfy(l -> assertThat(l).matches("\\.\\./slo-engine/src/test/resources/specs/bad/[a-z/-]+\\.yaml(:\\d+:\\d+)?: .+"));
    assertThat(run.err()).contains(BAD + "/objective-range.yaml:11:16: objective must be in (0, 100), found 101");
    assertThat(run.out()).isEmpty();
  }

  @ParameterizedTest(name = "{0}: one clear line, exit 2")
  @CsvSource(delimiter = '|', value = {
    "empty file | '' | empty.yaml: empty file: expected an SLO spec (apiVersion: observatory/v1, openslo/v1, or Sloth's version: prometheus/v1)",
    "YAML syntax error | 'apiVersion: observatory/v1\\nservice: [cart\\n' | syntax.yaml:3:1: YAML syntax error: expected ',' or ']', but got <stream end> (while parsing a flow sequence)",
    "wrong type | 'apiVersion: observatory/v1\\nservice: cart\\nslos: 3\\n' | type.yaml:3:7: slos must be a list, found the number 3",
    "a list, not a spec | '- a\\n- b\\n' | list.yaml:1:1: a spec document must be a mapping, found a list",
  })
  void badInputGetsOneClearLineWithItsPosition(String what, String content, String expected) throws IOException {
    String name = expected.substring(0, expected.indexOf(':'));
    Path file = dir.resolve(name);
    Files.writeString(file, content.replace("\\n", "\n"));
    CliRun run = CliRun.of("validate", file.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(dir + "/" + expected, "invalid: 1 file, 0 SLOs, 1 error, 0 warnings");
  }

  @Test
  void aFileMixingFormatsIsRefusedAtTheSecondDocument() {
    CliRun run = CliRun.of("validate", BAD.resolve("mixed-formats.yaml").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines().get(0)).isEqualTo(BAD + "/mixed-formats.yaml:8:1: this file mixes spec formats: document 2 is prometheus/v1 but an earlier one is observatory/v1; keep one format per file");
  }

  @Test
  void aTenMegabyteFileIsRefusedUnread() throws IOException {
    Path file = dir.resolve("huge.yaml");
    byte[] bytes = new byte[10 * 1024 * 1024];
    Arrays.fill(bytes, (byte) '#');
    Files.write(file, bytes);
    CliRun run = CliRun.of("validate", file.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).first().isEqualTo(file + ": file is 10,485,760 bytes (10.0 MiB); a spec file may be at most 1 MiB (1,048,576 bytes)");
  }

  @Test
  void aBinaryFileIsRefusedAtItsFirstNulByte() throws IOException {
    Path file = dir.resolve("image.yaml");
    Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
    CliRun run = CliRun.of("validate", file.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).first().isEqualTo(file + ":3:1: binary file (a NUL byte at offset 8); expected YAML text");
  }

  @Test
  void invalidUtf8IsRefusedAtTheBadByte() throws IOException {
    Path file = dir.resolve("latin1.yaml");
    byte[] text = "apiVersion: observatory/v1\nservice: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, text);
    CliRun run = CliRun.of("validate", file.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).first().isEqualTo(file + ":2:13: invalid UTF-8 (byte 0xE9 at offset 39); spec files must be UTF-8 text");
  }

  @Test
  void aFolderWithNoSpecsIsAnError() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "not a spec");
    CliRun run = CliRun.of("validate", dir.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(dir + ": folder holds no spec files (*.yaml or *.yml)", "invalid: 0 files, 0 SLOs, 1 error, 0 warnings");
  }

  @Test
  void aMissingPathIsAnError() {
    CliRun run = CliRun.of("validate", dir.resolve("nope").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).first().isEqualTo(dir + "/nope: no such file or folder");
  }

  @Test
  void warningsPassUnlessStrict() {
    Path file = Path.of("../slo-engine/src/test/resources/specs/good/every-feature.yaml");
    CliRun lenient = CliRun.of("validate", file.toString());
    assertThat(lenient.code()).isZero();
    assertThat(lenient.err()).contains("warning: SLO storefront/probe-success: the SLI is raw PromQL");
    assertThat(CliRun.of("validate", "--strict", file.toString()).code()).isEqualTo(2);
  }

  @Test
  void noOutputCarriesAStackTrace() {
    CliRun run = CliRun.of("validate", BAD.toString());
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aMissingArgumentOrUnknownOptionIsInvalidInput() {
    CliRun noPath = CliRun.of("validate");
    assertThat(noPath.code()).isEqualTo(2);
    assertThat(noPath.err()).startsWith("slo: Missing required parameter: 'PATH'");
    assertThat(CliRun.of("validate", "--frobnicate", "x").code()).isEqualTo(2);
    assertThat(CliRun.of("frobnicate").code()).isEqualTo(2);
  }

  @Test
  void helpExplainsTheCommand() {
    CliRun run = CliRun.of("validate", "--help");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Usage: slo validate").contains("--strict").contains("file:line:col");
  }
}
