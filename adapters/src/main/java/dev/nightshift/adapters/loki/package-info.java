/** Loki behind Nightshift's log ports: a node's recent lines and errors over Loki's HTTP API. */
@NullMarked
package dev.nightshift.adapters.loki;

import org.jspecify.annotations.NullMarked;
