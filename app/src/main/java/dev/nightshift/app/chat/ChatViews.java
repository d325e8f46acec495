package dev.nightshift.app.chat;

import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.policy.Approval;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.Impact;
import dev.nightshift.core.topology.NodeId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The read-only answers: status, incidents, one incident, impact. Plain text, a few lines. */
final class ChatViews {

  static final String HELP =
      """
      Nightshift commands:
      status - kill switch, phases, open incidents, pending approvals
      incidents - open incidents and the last 5 closed
      incident N - one incident: state, root cause, known error, last events
      approve ID / deny ID - answer a request (ID = incident number or approval key)
      kill switch on|off - stop or allow every action of the agent
      diagnose SLA - walk an SLA's tree now, read-only
      impact NODE - what breaks if NODE goes down
      learned - proposed known errors waiting for a human
      ke approve ID / ke reject ID reason - decide on a proposed known error
      fix N ACTION NODE [key=value ...] -- root cause - record what fixed closed incident N\
      """;

  private static final int CLOSED_SHOWN = 5;
  private static final int EVENTS_SHOWN = 5;

  private final Stores stores;
  private final DependencyTree tree;
  private final Map<KnownErrorId, KnownError> knownErrors;

  ChatViews(Stores stores, DependencyTree tree, List<KnownError> knownErrors) {
    this.stores = stores;
    this.tree = tree;
    this.knownErrors =
        knownErrors.stream().collect(Collectors.toUnmodifiableMap(KnownError::id, k -> k));
  }

  String status() {
    List<Incident> open = stores.incidents().active();
    String phases =
        stores.controls().phases().isEmpty()
            ? "as in policy.yaml"
            : stores.controls().phases().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .sorted()
                    .collect(Collectors.joining(", "))
                + " (others as in policy.yaml)";
    return "kill switch: "
        + (stores.controls().killSwitch() ? "ON (no actions)" : "off")
        + "\n"
        + "phases: "
        + phases
        + "\n"
        + "open incidents: "
        + open.size()
        + ids(open)
        + "\n"
        + "pending approvals: "
        + stores.approvals().pending().size();
  }

  String incidents() {
    List<Incident> open = stores.incidents().active();
    List<Incident> closed =
        stores.incidents().recent(50).stream()
            .filter(i -> !i.isOpen())
            .limit(CLOSED_SHOWN)
            .toList();
    StringBuilder text = new StringBuilder("open: ").append(open.isEmpty() ? "none" : "");
    open.forEach(i -> text.append("\n  ").append(line(i)));
    text.append("\nlast closed: ").append(closed.isEmpty() ? "none" : "");
    closed.forEach(i -> text.append("\n  ").append(line(i)));
    return text.toString();
  }

  Optional<String> incident(IncidentId id) {
    return stores.incidents().find(id).map(this::describe);
  }

  Optional<String> impact(NodeId node) {
    if (tree.node(node).isEmpty()) {
      return Optional.empty();
    }
    Impact impact = tree.impact(node);
    return Optional.of(
        "if "
            + node
            + " goes down: SLAs "
            + names(impact.slas(), Object::toString)
            + "; nodes "
            + names(impact.nodes(), Object::toString));
  }

  private String describe(Incident i) {
    StringBuilder text = new StringBuilder(line(i));
    text.append("\ntrigger: ").append(i.trigger());
    text.append("\nroot cause: ")
        .append(i.progress().rootCause().map(NodeId::toString).orElse("not found yet"));
    text.append("\nknown error: ")
        .append(i.progress().knownError().map(this::knownError).orElse("none matched"));
    List<TimelineEvent> events = stores.timeline().events(i.id());
    events
        .subList(Math.max(0, events.size() - EVENTS_SHOWN), events.size())
        .forEach(e ->
            text.append("\n  ")
                .append(e.at())
                .append(' ')
                .append(e.type())
                .append(": ")
                .append(e.message()));
    stores.approvals().pending().stream()
        .filter(a -> a.incident() == i.id().value())
        .forEach(a -> text.append("\nwaiting for approval: ").append(describe(a)));
    return text.toString();
  }

  private String knownError(KnownErrorId id) {
    KnownError known = knownErrors.get(id);
    return known == null ? id.toString() : id + " (" + known.rootCause() + ")";
  }

  private static String describe(Approval a) {
    return a.action()
        + " - "
        + a.reason()
        + " (key "
        + a.key()
        + ", expires "
        + a.expiresAt()
        + "); answer: approve "
        + a.incident()
        + " or deny "
        + a.incident();
  }

  private static String line(Incident i) {
    return "#"
        + i.id()
        + " "
        + i.sla()
        + " ("
        + i.severity()
        + ") "
        + i.state()
        + " since "
        + i.openedAt()
        + i.closedAt().map(c -> ", closed " + c).orElse("");
  }

  private static String ids(List<Incident> incidents) {
    return incidents.isEmpty() ? "" : " (" + names(incidents, i -> "#" + i.id()) + ")";
  }

  private static <T> String names(List<T> items, Function<T, String> name) {
    return items.isEmpty() ? "none" : items.stream().map(name).collect(Collectors.joining(", "));
  }
}
