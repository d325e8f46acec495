/** What every network adapter shares: the endpoint it calls. */
@NullMarked
package dev.nightshift.adapters.net;

import org.jspecify.annotations.NullMarked;
