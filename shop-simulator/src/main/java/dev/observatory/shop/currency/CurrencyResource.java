package dev.observatory.shop.currency;

import dev.observatory.shop.api.ConvertRequest;
import dev.observatory.shop.app.ShopErrors;
import dev.observatory.shop.money.CurrencyConverter;
import dev.observatory.shop.money.Money;
import dev.observatory.shop.money.UnsupportedCurrencyException;
import dev.observatory.shop.telemetry.Traced;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The currency service ({@code oteldemo.CurrencyService}). */
@Path("/svc/currency")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class CurrencyResource {
  public static final String SERVICE = "currency";
  private final CurrencyConverter converter;

  public CurrencyResource(CurrencyConverter converter) {
    this.converter = converter;
  }

  @GET
  @Path("/supported")
  @Traced(service = SERVICE, span = "oteldemo.CurrencyService/GetSupportedCurrencies")
  public List<String> supported() {
    return List.copyOf(converter.supported());
  }

  @POST
  @Path("/convert")
  @Traced(service = SERVICE, span = "oteldemo.CurrencyService/Convert")
  public Money convert(ConvertRequest request) {
    if (request == null || request.from() == null || request.toCode() == null) throw ShopErrors.badRequest("Convert needs from and toCode");
    try {
      return converter.convert(request.from(), request.toCode());
    } catch (UnsupportedCurrencyException e) {
      throw ShopErrors.badRequest(e.getMessage());
    }
  }
}
