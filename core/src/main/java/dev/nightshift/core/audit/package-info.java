/** The audit trail: every decision and action, append-only and hash-chained so edits show. */
@NullMarked
package dev.nightshift.core.audit;

import org.jspecify.annotations.NullMarked;
