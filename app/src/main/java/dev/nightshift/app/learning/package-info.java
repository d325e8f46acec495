/**
 * The learning loop's human side: approving, editing, rejecting and exporting learned known errors,
 * and recording what fixed an incident, the same way from the API, the command line and chat.
 */
@NullMarked
package dev.nightshift.app.learning;

import org.jspecify.annotations.NullMarked;
