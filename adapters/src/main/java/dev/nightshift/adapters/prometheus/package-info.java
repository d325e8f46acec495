/** Prometheus behind Nightshift's telemetry ports: PromQL rendering, queries, alerts. */
@NullMarked
package dev.nightshift.adapters.prometheus;

import org.jspecify.annotations.NullMarked;
