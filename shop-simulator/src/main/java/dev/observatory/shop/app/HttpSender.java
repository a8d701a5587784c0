package dev.observatory.shop.app;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Sends one request to another service as a CLIENT span named {@code spanName}. */
@FunctionalInterface
public interface HttpSender {
  HttpResponse<String> send(HttpRequest.Builder request, String spanName) throws IOException, InterruptedException;
}
