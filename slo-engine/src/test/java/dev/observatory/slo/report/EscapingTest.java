package dev.observatory.slo.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.observatory.slo.math.MinuteSeries;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** User text (SLO ids and descriptions) with markup, commas, quotes and line breaks, in every format. */
class EscapingTest {
  private static final String SERVICE = "shop\"<script>alert(1)</script>";
  private static final String NAME = "a,b's";
  private static final String DESCRIPTION = "Checkout <b>must</b> work, \"always\" | *really* & truly\nsecond line";

  private static BudgetReport hostileReport() {
    MinuteSeries series = new MinuteSeries(ReportFixtures.FEB_1);
    ReportFixtures.traffic(series, ReportFixtures.FEB_1, ReportFixtures.MAR_1, 10, 0, 0, 0);
    ReportInput input = new ReportInput(ReportFixtures.slo(SERVICE, NAME, DESCRIPTION, "99.9"), series, List.of(),
        List.of(new ErrorAttribution("<img src=x onerror=alert(1)>", 3)));
    return BudgetReport.compute(ReportPeriod.month(YearMonth.of(2026, 2)), List.of(input), Optional.empty());
  }

  @Test
  @DisplayName("the HTML report keeps hostile text as text: it parses, has no script element and shows the text verbatim")
  void htmlReport() throws Exception {
    String html = HtmlReport.render(hostileReport());
    Document doc = HtmlStructureTest.parse(html);
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    assertThat(doc.getElementsByTagName("img").getLength()).isZero();
    assertThat(HtmlStructureTest.sections(doc).get(0).getAttribute("data-slo")).isEqualTo(SERVICE + "/" + NAME);
    assertThat(doc.getDocumentElement().getTextContent()).contains(DESCRIPTION, "<img src=x onerror=alert(1)>");
  }

  @Test
  @DisplayName("the status page keeps hostile text as text")
  void statusPage() throws Exception {
    MinuteSeries series = new MinuteSeries(ReportFixtures.FEB_1);
    StatusView view = StatusFixtures.view(ReportFixtures.slo(SERVICE, NAME, DESCRIPTION, "99.9"), series);
    Document doc = HtmlStructureTest.parse(StatusPage.render(List.of(view), StatusFixtures.NOW));
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    assertThat(HtmlStructureTest.sections(doc).get(0).getAttribute("data-slo")).isEqualTo(SERVICE + "/" + NAME);
    assertThat(doc.getDocumentElement().getTextContent()).contains(DESCRIPTION);
  }

  @Test
  @DisplayName("Markdown escapes markup, table pipes and emphasis, and folds line breaks")
  void markdown() {
    String md = MarkdownReport.render(hostileReport());
    assertThat(md).doesNotContain("<script>", "<b>", "<img").contains("&lt;script&gt;", "\\|", "\\*really\\*", "&amp; truly second line");
    assertThat(md.lines().filter(l -> l.startsWith("| shop"))).hasSize(1);
  }

  @Test
  @DisplayName("CSV quotes fields with commas, quotes and line breaks (RFC 4180) and reads back to the same values")
  void csv() {
    String csv = CsvReport.render(hostileReport());
    assertThat(csv).contains(",\"shop\"\"<script>alert(1)</script>\",\"a,b's\",\"Checkout <b>must</b> work, \"\"always\"\" | *really* & truly\nsecond line\",");
    List<List<String>> rows = parseCsv(csv);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).isEqualTo(CsvReport.HEADER);
    assertThat(rows.get(1)).hasSize(CsvReport.HEADER.size());
    assertThat(rows.get(1).subList(1, 4)).containsExactly(SERVICE, NAME, DESCRIPTION);
  }

  @Test
  @DisplayName("JSON escapes strings so they parse back unchanged")
  void json() throws Exception {
    JsonNode slo = new ObjectMapper().readTree(JsonReport.render(hostileReport())).get("slos").get(0);
    assertThat(slo.get("service").asText()).isEqualTo(SERVICE);
    assertThat(slo.get("name").asText()).isEqualTo(NAME);
    assertThat(slo.get("description").asText()).isEqualTo(DESCRIPTION);
  }

  /** A strict RFC 4180 reader: CRLF between records, quoted fields may hold anything. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    return rows;
  }
}
