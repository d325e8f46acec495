/**
 * Kafka behind Nightshift's healthchecks: consumer-group lag and topic freshness via AdminClient.
 */
@NullMarked
package dev.nightshift.adapters.kafka;

import org.jspecify.annotations.NullMarked;
