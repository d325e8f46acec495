/**
 * Wiring of notifications: the configured notifiers turned into channels, the dispatcher that
 * enqueues notices for them and the worker that delivers them.
 */
@NullMarked
package dev.nightshift.app.notify;

import org.jspecify.annotations.NullMarked;
