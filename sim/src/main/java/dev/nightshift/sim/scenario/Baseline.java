package dev.nightshift.sim.scenario;

import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.topology.NodeId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The healthy platform before any fault: SLI values by SLA and, per node, metric values and
 * (rarely) a fixed health; a node the baseline does not fix is evaluated from its values.
 */
public record Baseline(Map<SlaId, ValueSpec> sli, Map<NodeId, Effect> nodes) {

  public static final Baseline EMPTY = new Baseline(Map.of(), Map.of());

  public Baseline {
    sli = Collections.unmodifiableMap(new LinkedHashMap<>(sli));
    nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
  }
}
