/**
 * SQLite behind Nightshift's store ports: incidents, timelines, actions, approvals, controls,
 * known-error statistics and the audit trail in one file, with versioned schema migrations.
 */
@NullMarked
package dev.nightshift.adapters.store;

import org.jspecify.annotations.NullMarked;
