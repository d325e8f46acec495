/**
 * Allow-listed programs (and the docker CLI) run as argument arrays, never through a shell, always
 * with a timeout.
 */
@NullMarked
package dev.nightshift.adapters.command;

import org.jspecify.annotations.NullMarked;
