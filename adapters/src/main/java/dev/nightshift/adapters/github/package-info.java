/** GitHub issues as a notification channel: one issue per incident, updates as comments. */
@NullMarked
package dev.nightshift.adapters.github;

import org.jspecify.annotations.NullMarked;
