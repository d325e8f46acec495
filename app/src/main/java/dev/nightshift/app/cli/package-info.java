/** The {@code nightshift} command line: one class per command, output as text or JSON. */
@NullMarked
package dev.nightshift.app.cli;

import org.jspecify.annotations.NullMarked;
