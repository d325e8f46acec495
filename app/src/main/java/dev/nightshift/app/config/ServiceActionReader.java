package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Values;
import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.remediation.HttpRequest;
import dev.nightshift.core.remediation.K8sRolloutRestart;
import dev.nightshift.core.remediation.K8sRolloutUndo;
import dev.nightshift.core.remediation.K8sScale;
import dev.nightshift.core.remediation.Step;
import dev.nightshift.core.remediation.Target;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Reads the Kubernetes and HTTP actions of the catalog. */
final class ServiceActionReader {

  private static final Map<String, String> HTTP_METHODS =
      Values.names("POST", "PUT", "PATCH", "DELETE", "GET");

  private final Endpoints endpoints;
  private final StepTargets targets;
  private final ActionClassReader classes;

  ServiceActionReader(Endpoints endpoints, StepTargets targets, ActionClassReader classes) {
    this.endpoints = endpoints;
    this.targets = targets;
    this.classes = classes;
  }

  /** A Kubernetes deployment, from the step or its node. */
  private record Workload(String namespace, String deployment, Target target) {}

  private Optional<Workload> workload(MapReader r, StepTargets.Named node, String action) {
    Optional<String> namespace = r.text("namespace").or(() -> node.coordinates().namespace());
    Optional<String> deployment = r.text("deployment").or(() -> node.coordinates().deployment());
    if ((namespace.isEmpty() || deployment.isEmpty()) && !node.valid()) {
      return Optional.empty();
    }
    if (namespace.isEmpty() || deployment.isEmpty()) {
      String missing = namespace.isEmpty() ? "namespace" : "deployment";
      r.problems()
          .error(
              r.source(),
              r.pathOf(missing),
              action + " needs a " + missing + ": set it here, or node: with one");
      return Optional.empty();
    }
    endpoints.kubernetes(r.mapping(), r.problems());
    Optional<String> qualified = Optional.of(namespace.get() + "/" + deployment.get());
    var target =
        targets.target(
            node,
            c -> c.namespace().flatMap(n -> c.deployment().map(d -> n + "/" + d)),
            qualified,
            r);
    return Optional.of(
        new Workload(
            namespace.get(), deployment.get(), Target.of(target, "deployment", qualified.get())));
  }

  Optional<Step> rolloutRestart(MapReader r, StepTargets.Named node, Optional<String> purpose) {
    return workload(r, node, "k8s_rollout_restart")
        .map(w -> new K8sRolloutRestart(w.target(), w.namespace(), w.deployment(), purpose));
  }

  Optional<Step> scale(MapReader r, StepTargets.Named node, Optional<String> purpose) {
    Optional<Workload> workload = workload(r, node, "k8s_scale");
    Optional<Long> replicas = r.requiredWholeNumber("replicas", 0, 1000);
    if (workload.isEmpty() || replicas.isEmpty()) {
      return Optional.empty();
    }
    Workload w = workload.get();
    return Optional.of(
        new K8sScale(
            w.target(), w.namespace(), w.deployment(), replicas.get().intValue(), purpose));
  }

  Optional<Step> rolloutUndo(MapReader r, StepTargets.Named node, Optional<String> purpose) {
    Optional<Workload> workload = workload(r, node, "k8s_rollout_undo");
    OptionalInt revision =
        r.wholeNumber("to_revision", 1, Integer.MAX_VALUE)
            .map(n -> OptionalInt.of(n.intValue()))
            .orElse(OptionalInt.empty());
    return workload.map(
        w -> new K8sRolloutUndo(w.target(), w.namespace(), w.deployment(), revision, purpose));
  }

  Optional<Step> httpRequest(MapReader r, StepTargets.Named node, Optional<String> purpose) {
    Optional<URI> url =
        r.required("url").flatMap(n -> TelemetryReader.uri(n, TelemetryReader.HTTP, r));
    String method = r.choice("http_method", "HTTP method", HTTP_METHODS).orElse("POST");
    Map<String, String> headers = new LinkedHashMap<>();
    r.map("headers")
        .ifPresent(h ->
            h.mapping()
                .entries()
                .values()
                .forEach(e -> {
                  h.allow(e.key());
                  Values.text(e.value(), r.problems()).ifPresent(v -> headers.put(e.key(), v));
                }));
    Optional<String> body = r.text("body");
    Set<Integer> statuses = StatusCodes.read(r, "expect_status");
    Optional<ActionClass> cls = classes.read(r, Optional.empty(), "an http_request");
    if (url.isEmpty() || cls.isEmpty()) {
      return Optional.empty();
    }
    var target = node.entry().map(TreeIndex.Entry::id);
    return Optional.of(
        new HttpRequest(
            Target.of(target, "url", url.get().getHost()),
            method,
            url.get(),
            headers,
            body,
            statuses,
            cls.get(),
            purpose));
  }
}
