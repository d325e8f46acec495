/** Allow-listed programs run as argument arrays, never through a shell, always with a timeout. */
@NullMarked
package dev.nightshift.adapters.command;

import org.jspecify.annotations.NullMarked;
