package dev.nightshift.core.sla;

/**
 * Measures an SLA's indicator now: its PromQL query or its probe in production, the scenario's SLI
 * values in the simulator.
 */
public interface SliSource {

  SliReading measure(Sla sla);
}
