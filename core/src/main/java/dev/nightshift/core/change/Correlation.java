package dev.nightshift.core.change;

import dev.nightshift.core.topology.Node;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which change events concern which nodes, and the sentence that says so: shared by diagnosis
 * (which journals them) and reports (which suggest a rollback), so both name the same deploys.
 */
public final class Correlation {

  /** How long before an incident opens a change is still suspected of causing it. */
  public static final Duration WINDOW = Duration.ofMinutes(30);

  private Correlation() {}

  /** Whether {@code change} names {@code node}: by its id or any of its coordinates. */
  public static boolean names(ChangeEvent change, Node node) {
    return namesOf(node).contains(change.service().toLowerCase(Locale.ROOT));
  }

  /** The changes that name one of {@code nodes}, in their order. */
  public static List<ChangeEvent> touching(List<ChangeEvent> changes, Collection<Node> nodes) {
    return changes.stream().filter(c -> nodes.stream().anyMatch(n -> names(c, n))).toList();
  }

  /** "kafka_to_redis_entity 2.4.1 deployed by alice 4 min before the SLA broke". */
  public static String describe(ChangeEvent change, Instant broke) {
    return change.service()
        + " "
        + change.version()
        + " deployed"
        + change.author().map(a -> " by " + a).orElse("")
        + " "
        + relative(change.at(), broke)
        + " the SLA broke";
  }

  /** "4 min before", "2 min after", "just before". */
  public static String relative(Instant at, Instant reference) {
    long minutes = Duration.between(at, reference).toMinutes();
    if (minutes == 0) {
      return at.isAfter(reference) ? "just after" : "just before";
    }
    return Math.abs(minutes) + " min " + (minutes > 0 ? "before" : "after");
  }

  private static Set<String> namesOf(Node node) {
    Set<String> names = new HashSet<>();
    names.add(node.id().toString());
    var c = node.coordinates();
    c.container().ifPresent(names::add);
    c.supervisorProcess().ifPresent(names::add);
    c.supervisorName().ifPresent(names::add);
    c.deployment().ifPresent(names::add);
    c.deployment().ifPresent(d -> c.namespace().ifPresent(ns -> names.add(ns + "/" + d)));
    return names.stream()
        .map(s -> s.toLowerCase(Locale.ROOT))
        .collect(HashSet::new, Set::add, Set::addAll);
  }
}
