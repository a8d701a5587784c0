package dev.observatory.slo.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The HTML outputs parse as strict XML and hold one section per SLO, worst budget first. */
class HtmlStructureTest {

  static Document parse(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
  }

  static List<Element> sections(Document doc) {
    List<Element> out = new ArrayList<>();
    NodeList all = doc.getElementsByTagName("section");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttribute("class").equals("slo")) out.add(e);
    }
    return out;
  }

  static List<Element> byClass(Element root, String cssClass) {
    List<Element> out = new ArrayList<>();
    NodeList all = root.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (List.of(e.getAttribute("class").split(" ")).contains(cssClass)) out.add(e);
    }
    return out;
  }

  @Test
  @DisplayName("the HTML report is well-formed and has one section per SLO in budget order, each with two charts")
  void reportSectionsInBudgetOrder() throws Exception {
    Document doc = parse(HtmlReport.render(ReportFixtures.february()));
    List<Element> sections = sections(doc);
    assertThat(sections).extracting(s -> s.getAttribute("data-slo")).containsExactly("cart/add-item", "checkout/place-order", "frontend/home-page");
    assertThat(sections).extracting(s -> s.getAttribute("data-compliance")).containsExactly("missed", "met", "no_data");
    assertThat(sections).allSatisfy(s -> assertThat(s.getElementsByTagName("svg").getLength()).isEqualTo(2));
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    assertThat(doc.getElementsByTagName("link").getLength()).isZero();
  }

  @Test
  @DisplayName("the report prints on A4 with a page break before every SLO")
  void reportPrintsCleanly() {
    String html = HtmlReport.render(ReportFixtures.february());
    assertThat(html).contains("@media print", "size: A4", "section.slo { break-before: page; page-break-before: always;");
    assertThat(html).doesNotContain("https://", "href=\"http", "src=", "<link", "<script"); // the only http:// is the SVG namespace
  }

  @Test
  @DisplayName("the status page is well-formed, refreshes itself and lists the SLOs worst budget first with their alert state")
  void statusPageOrderAndHooks() throws Exception {
    String html = StatusPage.render(StatusFixtures.views(), StatusFixtures.NOW);
    assertThat(html).contains("<meta http-equiv=\"refresh\" content=\"15\" />").doesNotContain("https://").doesNotContain("<script");
    Document doc = parse(html);
    List<Element> sections = sections(doc);
    assertThat(sections).extracting(s -> s.getAttribute("data-slo")).containsExactly("cart/add-item", "checkout/place-order", "frontend/home-page");
    assertThat(sections).extracting(s -> byClass(s, "alert-state").get(0).getAttribute("data-state")).containsExactly("ok", "page", "no-data");
    assertThat(sections).extracting(s -> byClass(s, "budget-left").get(0).getTextContent()).containsExactly("93.1%", "94.3%", "no data");
    assertThat(byClass(sections.get(2), "budget-left").get(0).getAttribute("data-value")).isEmpty();
    assertThat(byClass(sections.get(1), "burn-rates").get(0).getElementsByTagName("th").getLength()).isEqualTo(10); // the header cell, 5m 30m 1h 2h 6h 1d 3d, period, and the row's ×
  }

  @Test
  @DisplayName("an empty status page says no SLOs are loaded")
  void emptyStatusPage() throws Exception {
    Document doc = parse(StatusPage.render(List.of(), StatusFixtures.NOW));
    assertThat(sections(doc)).isEmpty();
    assertThat(doc.getDocumentElement().getTextContent()).contains("No SLOs are loaded.");
  }
}
