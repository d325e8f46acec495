/** Docker containers acted on through the docker CLI, as argument arrays with a timeout. */
@NullMarked
package dev.nightshift.adapters.docker;

import org.jspecify.annotations.NullMarked;
