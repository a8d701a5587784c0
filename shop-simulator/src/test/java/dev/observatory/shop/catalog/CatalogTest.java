package dev.observatory.shop.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.jackson.Jackson;
import dev.observatory.shop.money.Money;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogTest {
  private final Catalog catalog = Catalog.bundled();

  @Test
  void theBundledCatalogHasAtLeastTwentyValidProductsWithUniqueIds() {
    assertThat(catalog.list()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(catalog.list()).extracting(Product::id).doesNotHaveDuplicates();
    assertThat(catalog.list()).allSatisfy(p -> assertThat(p.priceUsd().toBigDecimal()).isPositive());
  }

  @Test
  void everyCategoryOfTheShopIsPresentAndSorted() {
    assertThat(catalog.categories())
        .containsExactly("accessories", "binoculars", "books", "cameras", "eyepieces", "filters", "mounts", "telescopes");
    assertThat(catalog.categories()).allSatisfy(c -> assertThat(catalog.byCategory(c)).isNotEmpty());
  }

  @Test
  void theListKeepsTheFilesOrderAndCannotBeChanged() {
    assertThat(catalog.list().get(0).id()).isEqualTo("CATAGDYBL6");
    assertThat(Catalog.bundled().list()).isEqualTo(catalog.list());
    assertThatThrownBy(() -> catalog.list().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aProductIsFoundByIdWithItsPriceFromTheFile() {
    Product atlas = catalog.get("IWJFGS2NHV").orElseThrow();
    assertThat(atlas.name()).isEqualTo("Star Atlas for Backyard Observers");
    assertThat(atlas.priceUsd()).isEqualTo(new Money("USD", 34, 950_000_000));
    assertThat(atlas.categories()).containsExactly("books");
  }

  @ParameterizedTest(name = "id \"{0}\" finds nothing")
  @NullAndEmptySource
  @ValueSource(strings = {"NOSUCHPROD", "iwjfgs2nhv", "OLJCESPC7Z"})
  void anUnknownIdFindsNothing(String id) {
    assertThat(catalog.get(id)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" finds {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "refractor | CATAGDYBL6 RW8VAJDMLX Z8EYGVS6G4",
        "REFRACTOR | CATAGDYBL6 RW8VAJDMLX Z8EYGVS6G4",
        "Barlow | TN95AH548W",
        "messier | IWJFGS2NHV",
        "GoTo | BA0V5KCVIC Z8EYGVS6G4 EF0U8V5HSY",
        "  andromeda  | MGQYG5O2VA",
        "H-alpha | Z4Q1C0YASC",
        "xyzzy | ''"
      })
  void searchMatchesNameOrDescriptionIgnoringCaseInCatalogOrder(String keyword, String ids) {
    assertThat(catalog.search(keyword)).extracting(Product::id).containsExactlyElementsOf(ids(ids));
  }

  @ParameterizedTest(name = "keyword \"{0}\" finds everything")
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void aBlankKeywordFindsEverything(String keyword) {
    assertThat(catalog.search(keyword)).isEqualTo(catalog.list());
  }

  @ParameterizedTest(name = "category \"{0}\" has {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mounts | MIVFNQYL6F Z8EYGVS6G4 CK6143VM4G",
        "Cameras | 56TGTDMWJV 11NMY6FUE4 OTN6OSBV00",
        "BINOCULARS | MGQYG5O2VA 60MEVFW5B4",
        "accessories | CK6143VM4G OTN6OSBV00 OB1EP8RWTA Q2B4Y1NWD5 MY57PCAGXJ KMTY4ZC9LS EF0U8V5HSY",
        "telescope | ''",
        "'' | ''"
      })
  void byCategoryMatchesTheWholeCategoryIgnoringCase(String category, String ids) {
    assertThat(catalog.byCategory(category)).extracting(Product::id).containsExactlyElementsOf(ids(ids));
  }

  @Test
  void aProductSerialisesInTheDemosShape() throws Exception {
    JsonNode json = Jackson.newObjectMapper().valueToTree(catalog.get("U9VV1D3DZ1").orElseThrow());
    assertThat(json.path("priceUsd").toString()).isEqualTo("{\"currencyCode\":\"USD\",\"units\":699,\"nanos\":0}");
    assertThat(json.path("categories").toString()).isEqualTo("[\"telescopes\"]");
    assertThat(json.path("picture").asText()).isEqualTo("Zenith8Dobsonian.jpg");
  }

  @ParameterizedTest(name = "{0} is refused")
  @CsvSource(
      delimiter = '|',
      value = {
        "a lower-case id | oljcespc7z | telescopes | USD | \"oljcespc7z\"",
        "a short id | OLJCESPC7 | telescopes | USD | \"OLJCESPC7\"",
        "an upper-case category | OLJCESPC7Z | Telescopes | USD | \"Telescopes\"",
        "a price in EUR | OLJCESPC7Z | telescopes | EUR | EUR"
      })
  void aProductWithABadFieldIsRefusedNamingIt(String what, String id, String category, String currency, String named) {
    assertThatThrownBy(() -> new Product(id, "Scope", "A scope.", "Scope.jpg", Money.of(currency, "1"), List.of(category)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(named);
  }

  @Test
  void aProductNeedsAName_ACategory_AndANonNegativePrice() {
    Money price = Money.of("USD", "1");
    assertThatThrownBy(() -> new Product("OLJCESPC7Z", " ", "d", "p.jpg", price, List.of("books")))
        .hasMessageContaining("OLJCESPC7Z: name");
    assertThatThrownBy(() -> new Product("OLJCESPC7Z", "n", "d", "p.jpg", price, List.of()))
        .hasMessageContaining("at least one category");
    assertThatThrownBy(() -> new Product("OLJCESPC7Z", "n", "d", "p.jpg", Money.of("USD", "-1"), List.of("books")))
        .hasMessageContaining("non-negative");
  }

  @Test
  void twoProductsWithTheSameIdAreRefused() {
    Product scope = new Product("OLJCESPC7Z", "Scope", "A scope.", "Scope.jpg", Money.of("USD", "1"), List.of("telescopes"));
    assertThatThrownBy(() -> Catalog.of(List.of(scope, scope)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OLJCESPC7Z");
  }

  private static List<String> ids(String spaceSeparated) {
    return spaceSeparated.isBlank() ? List.of() : Arrays.asList(spaceSeparated.split(" "));
  }
}
