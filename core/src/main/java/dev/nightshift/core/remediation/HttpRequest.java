package dev.nightshift.core.remediation;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Call a service API, e.g. a CI/CD rollback endpoint; its class is declared by whoever wrote the
 * step, since a URL does not say what it does.
 *
 * @param expectStatus the statuses that mean success; empty means any 2xx
 */
public record HttpRequest(
    Target target,
    String method,
    URI url,
    Map<String, String> headers,
    Optional<String> body,
    Set<Integer> expectStatus,
    ActionClass actionClass,
    Optional<String> purpose)
    implements Action {

  public HttpRequest {
    Objects.requireNonNull(target, "target");
    Argv.requireText(method, "method");
    Objects.requireNonNull(url, "url");
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    Objects.requireNonNull(body, "body");
    expectStatus = Set.copyOf(expectStatus);
    Objects.requireNonNull(actionClass, "actionClass");
    Objects.requireNonNull(purpose, "purpose");
  }

  public boolean succeeded(int status) {
    return expectStatus.isEmpty() ? status >= 200 && status < 300 : expectStatus.contains(status);
  }

  @Override
  public String type() {
    return "http_request";
  }
}
