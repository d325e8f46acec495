/** A generic webhook channel: a stable, optionally signed JSON document per notice. */
@NullMarked
package dev.nightshift.adapters.webhook;

import org.jspecify.annotations.NullMarked;
