/**
 * The agent's HTTP server: the JSON API the web UI and the CLI use, bearer-token auth by role,
 * Prometheus metrics, health probes and the static UI, on the JDK's own HTTP server.
 */
@NullMarked
package dev.nightshift.app.http;

import org.jspecify.annotations.NullMarked;
