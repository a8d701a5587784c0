package dev.observatory.shop.productcatalog;

import dev.observatory.shop.app.ShopErrors;
import dev.observatory.shop.catalog.Catalog;
import dev.observatory.shop.catalog.Product;
import dev.observatory.shop.flags.FaultFlags;
import dev.observatory.shop.flags.Flag;
import dev.observatory.shop.telemetry.Traced;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The product-catalog service ({@code oteldemo.ProductCatalogService}). */
@Path("/svc/product-catalog")
@Produces(MediaType.APPLICATION_JSON)
public final class ProductCatalogResource {
  public static final String SERVICE = "product-catalog";
  private final Catalog catalog;
  private final FaultFlags flags;

  public ProductCatalogResource(Catalog catalog, FaultFlags flags) {
    this.catalog = catalog;
    this.flags = flags;
  }

  @GET
  @Path("/products")
  @Traced(service = SERVICE, span = "oteldemo.ProductCatalogService/ListProducts")
  public List<Product> listProducts() {
    faults();
    return catalog.list();
  }

  @GET
  @Path("/products/{id}")
  @Traced(service = SERVICE, span = "oteldemo.ProductCatalogService/GetProduct")
  public Product getProduct(@PathParam("id") String id) {
    faults();
    return catalog.get(id).orElseThrow(() -> ShopErrors.notFound("no product with id \"" + id + "\""));
  }

  @GET
  @Path("/search")
  @Traced(service = SERVICE, span = "oteldemo.ProductCatalogService/SearchProducts")
  public List<Product> searchProducts(@QueryParam("q") String query, @QueryParam("category") String category) {
    faults();
    List<Product> found = query == null || query.isBlank() ? catalog.list() : catalog.search(query);
    if (category == null || category.isBlank()) return found;
    List<Product> inCategory = catalog.byCategory(category);
    return found.stream().filter(inCategory::contains).toList();
  }

  private void faults() {
    if (flags.on(Flag.PRODUCT_CATALOG_FAILURE)) throw ShopErrors.injected("product catalog failure (fault flag productCatalogFailure)");
  }
}
