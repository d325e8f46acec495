/**
 * The seed's production chain as small real programs: an upstream feed, the ingestion that puts its
 * updates on Kafka, the consumer that writes them to Redis, and a chaos client that fills Redis.
 */
@NullMarked
package dev.nightshift.platform;

import org.jspecify.annotations.NullMarked;
