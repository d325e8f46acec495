package dev.nightshift.app.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the endpoint for a method and a path; patterns name parameters as {@code {key}}, each one
 * whole path segment, URL-decoded after splitting (so {@code %2F} stays inside a parameter).
 */
final class Router {

  /** The work behind one route. */
  @FunctionalInterface
  interface Endpoint {
    Reply handle(Request request);
  }

  record Route(String method, List<String> segments, Access access, Endpoint endpoint) {
    Route {
      Objects.requireNonNull(method, "method");
      segments = List.copyOf(segments);
      Objects.requireNonNull(access, "access");
      Objects.requireNonNull(endpoint, "endpoint");
    }
  }

  /** What a path led to. */
  sealed interface Match {
    record Found(Route route, Map<String, String> params) implements Match {}

    record NoSuchPath() implements Match {}

    record WrongMethod(Set<String> allowed) implements Match {}
  }

  private final List<Route> routes = new ArrayList<>();

  Router add(String method, String pattern, Access access, Endpoint endpoint) {
    routes.add(new Route(method, split(pattern), access, endpoint));
    return this;
  }

  Router get(String pattern, Access access, Endpoint endpoint) {
    return add("GET", pattern, access, endpoint);
  }

  Match match(String method, String rawPath) {
    List<String> path = split(rawPath);
    Set<String> allowed = new TreeSet<>();
    for (Route route : routes) {
      Map<String, String> params = bind(route.segments(), path);
      if (params == null) {
        continue;
      }
      if (route.method().equals(method)) {
        return new Match.Found(route, params);
      }
      allowed.add(route.method());
    }
    return allowed.isEmpty() ? new Match.NoSuchPath() : new Match.WrongMethod(allowed);
  }

  // The parameters when the path fits the pattern, else null.
  private static Map<String, String> bind(List<String> pattern, List<String> path) {
    if (pattern.size() != path.size()) {
      return null;
    }
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < pattern.size(); i++) {
      String p = pattern.get(i);
      String s;
      try {
        s = URLDecoder.decode(path.get(i).replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return null;
      }
      if (p.startsWith("{") && p.endsWith("}")) {
        params.put(p.substring(1, p.length() - 1), s);
      } else if (!p.equals(s)) {
        return null;
      }
    }
    return params;
  }

  private static List<String> split(String path) {
    List<String> segments = new ArrayList<>();
    for (String s : path.split("/")) {
      if (!s.isEmpty()) {
        segments.add(s);
      }
    }
    return segments;
  }
}
