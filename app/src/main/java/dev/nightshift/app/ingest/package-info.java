/**
 * Inbound signals over HTTP: Alertmanager's webhook turns firing alerts into the agent's external
 * alerts (once per firing, by fingerprint) and resolved ones into timeline notes; the deploy
 * webhook records change events. Plain {@code HttpHandler}s, mounted by the API server.
 */
@NullMarked
package dev.nightshift.app.ingest;

import org.jspecify.annotations.NullMarked;
