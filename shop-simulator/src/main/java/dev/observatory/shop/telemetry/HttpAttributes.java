package dev.observatory.shop.telemetry;

import io.opentelemetry.api.common.AttributeKey;

/** The HTTP semantic-convention attributes the shop's spans carry. */
final class HttpAttributes {

  static final AttributeKey<String> REQUEST_METHOD = AttributeKey.stringKey("http.request.method");
  static final AttributeKey<Long> RESPONSE_STATUS_CODE =
      AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");
  static final AttributeKey<String> URL_PATH = AttributeKey.stringKey("url.path");
  static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
  static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  private HttpAttributes() {}
}
