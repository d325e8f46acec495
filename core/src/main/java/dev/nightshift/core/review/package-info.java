/**
 * Looking back at incidents: the postmortem draft of one, and the statistics of many over a window
 * (how many, how fast, what recurs, what was escalated or blocked).
 */
@NullMarked
package dev.nightshift.core.review;

import org.jspecify.annotations.NullMarked;
