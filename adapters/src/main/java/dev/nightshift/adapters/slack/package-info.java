/**
 * Slack: incident notices as Block Kit messages (incoming webhook or the Web API's
 * chat.postMessage) and, verified by Slack's request signature, slash commands and approval
 * buttons.
 */
@NullMarked
package dev.nightshift.adapters.slack;

import org.jspecify.annotations.NullMarked;
