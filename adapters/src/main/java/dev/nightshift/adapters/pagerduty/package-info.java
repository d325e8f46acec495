/** PagerDuty as a notification channel: incidents become alerts over the Events API v2. */
@NullMarked
package dev.nightshift.adapters.pagerduty;

import org.jspecify.annotations.NullMarked;
