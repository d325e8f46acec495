package dev.nightshift.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.core.sla.Sla;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.Impact;
import dev.nightshift.core.topology.Node;
import dev.nightshift.core.topology.NodeId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tree as nested JSON objects; like the text, a shared node is written in full once and as
 * {@code {"node": ID, "ref": true}} afterwards.
 */
final class TreeJson {

  private final DependencyTree tree;
  private final Set<NodeId> written = new HashSet<>();

  private TreeJson(DependencyTree tree) {
    this.tree = tree;
  }

  static ObjectNode tree(DependencyTree tree, List<Sla> slas) {
    TreeJson json = new TreeJson(tree);
    ObjectNode root = Json.object();
    ArrayNode array = root.putArray("slas");
    slas.forEach(s -> array.add(json.sla(s)));
    return root;
  }

  static ObjectNode impact(Impact impact) {
    ObjectNode o = Json.object();
    o.put("node", impact.node().value());
    o.set("slas", Json.strings(impact.slas()));
    o.set("nodes", Json.strings(impact.nodes()));
    return o;
  }

  private ObjectNode sla(Sla sla) {
    ObjectNode o = Json.object();
    o.put("sla", sla.id().value());
    o.put("description", sla.description());
    o.put("objective", sla.objective().toString());
    o.put("window", sla.window().name());
    o.put("severity", sla.severity().yamlName());
    sla.gatusCheck().ifPresent(g -> o.put("gatus_check", g));
    o.set("alerts", Json.strings(sla.alerts()));
    sla.sli().ifPresent(s -> o.put("sli", s.toString()));
    o.set("depends_on", children(tree.roots(sla.id())));
    return o;
  }

  private ArrayNode children(List<NodeId> ids) {
    ArrayNode array = Json.array();
    ids.forEach(id -> array.add(node(tree.require(id))));
    return array;
  }

  private ObjectNode node(Node node) {
    ObjectNode o = Json.object();
    o.put("node", node.id().value());
    if (!written.add(node.id())) {
      o.put("ref", true);
      return o;
    }
    o.put("type", node.type().yamlName());
    o.put("description", node.description());
    node.healthcheck()
        .ifPresentOrElse(h -> o.put("healthcheck", h.method()), () -> o.putNull("healthcheck"));
    ObjectNode coordinates = o.putObject("coordinates");
    node.coordinates().asMap().forEach(coordinates::put);
    o.set("metrics", Json.strings(node.metrics()));
    o.set("depends_on", children(node.dependsOn()));
    return o;
  }
}
