package dev.nightshift.core.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpRequestTest {

  private static final Target TARGET = Target.of(Optional.empty(), "service", "ci");

  @ParameterizedTest
  @ValueSource(ints = {200, 201, 204, 299})
  void succeedsOnAny2xxWhenNoStatusIsExpected(int status) {
    assertThat(request(Set.of()).succeeded(status)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {199, 300, 302, 404, 500})
  void failsOutside2xxWhenNoStatusIsExpected(int status) {
    assertThat(request(Set.of()).succeeded(status)).isFalse();
  }

  @Test
  void succeedsOnlyOnTheExpectedStatuses() {
    HttpRequest request = request(Set.of(202, 409));

    assertThat(request.succeeded(202)).isTrue();
    assertThat(request.succeeded(409)).isTrue();
    assertThat(request.succeeded(200)).isFalse();
  }

  @Test
  void takesTheClassItsAuthorDeclares() {
    assertThat(request(Set.of()).actionClass()).isEqualTo(ActionClass.ROLLBACK);
    assertThat(request(Set.of()).type()).isEqualTo("http_request");
  }

  @Test
  void rejectsABlankMethod() {
    assertThatThrownBy(() ->
            new HttpRequest(
                TARGET,
                " ",
                URI.create("https://ci.example/rollback"),
                Map.of(),
                Optional.empty(),
                Set.of(),
                ActionClass.ROLLBACK,
                Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("method cannot be blank");
  }

  @Test
  void keepsItsOwnCopyOfTheHeadersInOrder() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-B", "2");
    headers.put("X-A", "1");
    HttpRequest request =
        new HttpRequest(
            TARGET,
            "POST",
            URI.create("https://ci.example/rollback"),
            headers,
            Optional.of("{}"),
            Set.of(),
            ActionClass.ROLLBACK,
            Optional.empty());

    headers.clear();

    assertThat(request.headers().keySet()).containsExactly("X-B", "X-A");
  }

  private static HttpRequest request(Set<Integer> expectStatus) {
    return new HttpRequest(
        TARGET,
        "POST",
        URI.create("https://ci.example/rollback"),
        Map.of(),
        Optional.empty(),
        expectStatus,
        ActionClass.ROLLBACK,
        Optional.empty());
  }
}
