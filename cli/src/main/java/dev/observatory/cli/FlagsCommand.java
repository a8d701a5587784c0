package dev.observatory.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "flags",
    mixinStandardHelpOptions = true,
    description = {
      "List or set the shop's fault flags at run time:",
      "  slo flags                          list every flag and its value",
      "  slo flags set paymentFailure 0.5   fail half of the payment charges",
      "Flags: paymentFailure (0..1), paymentUnreachable, cartFailure, productCatalogFailure (true/false),",
      "shippingQuoteDelayMs, cartDelayMs (milliseconds)."
    })
final class FlagsCommand implements Callable<Integer> {
  @Option(names = "--admin", defaultValue = "http://127.0.0.1:8081", description = "The shop's admin URL (default: ${DEFAULT-VALUE}).")
  URI admin;

  @Parameters(index = "0", arity = "0..1", paramLabel = "set", description = "'set' to change a flag.")
  String action;

  @Parameters(index = "1", arity = "0..1", paramLabel = "NAME")
  String name;

  @Parameters(index = "2", arity = "0..1", paramLabel = "VALUE")
  String value;

  @Mixin VerboseOption verbose;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    HttpRequest request;
    if (action == null) {
      request = HttpRequest.newBuilder(admin.resolve("/flags")).GET().timeout(Duration.ofSeconds(5)).build();
    } else if (action.equals("set") && name != null && value != null) {
      request = HttpRequest.newBuilder(admin.resolve("/flags/" + name)).PUT(HttpRequest.BodyPublishers.ofString(value)).timeout(Duration.ofSeconds(5)).build();
    } else {
      throw new InvalidInputException("slo flags: expected no arguments, or: set NAME VALUE");
    }
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException e) {
      throw new IOException("no shop admin port answers at " + admin + " (is 'slo shop' running? --admin sets the URL)");
    }
    if (response.statusCode() >= 400) {
      String body = response.body();
      String message = body.replaceAll("^\\{\"error\":\"|\"\\}$", "");
      throw new InvalidInputException("slo flags: " + message);
    }
    spec.commandLine().getOut().println(response.body());
    return SloCli.OK;
  }
}
