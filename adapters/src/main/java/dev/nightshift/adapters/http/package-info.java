/** HTTP requests and probes through the JDK's HTTP client, and TCP connect probes. */
@NullMarked
package dev.nightshift.adapters.http;

import org.jspecify.annotations.NullMarked;
