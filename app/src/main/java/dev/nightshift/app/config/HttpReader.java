package dev.nightshift.app.config;

import dev.nightshift.app.config.AgentSettings.ApiToken;
import dev.nightshift.app.config.AgentSettings.Role;
import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code http:}: where the API listens and who may call it. A port without a token is an
 * error, so the API is never served to anyone who can reach it.
 */
final class HttpReader {

  /** The name of the token the older single {@code token_env}/{@code token_file} stands for. */
  static final String LEGACY_TOKEN_NAME = "admin";

  private static final Map<String, Role> ROLES = roles();

  private final Secrets secrets;

  HttpReader(Secrets secrets) {
    this.secrets = secrets;
  }

  AgentSettings.Http read(Optional<MapReader> section) {
    if (section.isEmpty()) {
      return new AgentSettings.Http(Defaults.HTTP_BIND, Optional.empty(), List.of());
    }
    MapReader r = section.get();
    String bind = r.text("bind").orElse(Defaults.HTTP_BIND);
    Optional<Integer> port = r.wholeNumber("port", 0, 65535).map(Long::intValue);
    List<ApiToken> tokens = new ArrayList<>();
    secrets
        .read(r, "token", false)
        .ifPresent(s -> tokens.add(new ApiToken(LEGACY_TOKEN_NAME, Role.ADMIN, s)));
    Map<String, YamlNode> names = new HashMap<>();
    if (!tokens.isEmpty()) {
      names.put(
          LEGACY_TOKEN_NAME, r.node("token_env").or(() -> r.node("token_file")).orElseThrow());
    }
    List<YamlNode> items = r.list("tokens");
    for (YamlNode item : items) {
      MapReader.of(item, r.problems())
          .flatMap(this::token)
          .ifPresent(t -> add(t, item, names, tokens, r));
    }
    boolean tried = !items.isEmpty() || r.has("token_env") || r.has("token_file");
    if (port.isPresent() && tokens.isEmpty() && !tried) {
      r.problems()
          .error(
              r.node("port").orElseThrow(),
              "the API needs at least one token: add http.tokens: [{name, role, token_env}]"
                  + " (or remove http.port to run without the API)");
    }
    // Senders that cannot send a bearer token (CI jobs, some deploy tools) sign the body instead.
    Optional<Secret> webhookSecret = secrets.read(r, "webhook_secret", false);
    r.finish();
    return new AgentSettings.Http(bind, port, tokens, webhookSecret);
  }

  private Optional<ApiToken> token(MapReader t) {
    Optional<String> name = t.requiredText("name");
    Optional<Role> role = t.requiredChoice("role", "role", ROLES);
    Optional<Secret> secret = secrets.read(t, "token", true);
    t.finish();
    if (name.isEmpty() || role.isEmpty() || secret.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ApiToken(name.get(), role.get(), secret.get()));
  }

  private static void add(
      ApiToken token,
      YamlNode at,
      Map<String, YamlNode> names,
      List<ApiToken> tokens,
      MapReader r) {
    if (names.putIfAbsent(token.name(), at) != null) {
      r.problems()
          .error(at, "two tokens are named '" + token.name() + "'; the name is the audit's actor");
      return;
    }
    for (ApiToken other : tokens) {
      if (other.secret().reveal().equals(token.secret().reveal())) {
        r.problems()
            .error(
                at,
                "tokens '"
                    + other.name()
                    + "' and '"
                    + token.name()
                    + "' have the same value; give each caller its own");
        return;
      }
    }
    tokens.add(token);
  }

  private static Map<String, Role> roles() {
    Map<String, Role> roles = new LinkedHashMap<>();
    for (Role role : Role.values()) {
      roles.put(role.yamlName(), role);
    }
    return roles;
  }
}
