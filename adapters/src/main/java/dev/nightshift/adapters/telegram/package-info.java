/**
 * Telegram through the Bot API: incident notices as HTML messages with approval buttons, and chat
 * commands read by long polling, so the agent needs no public URL.
 */
@NullMarked
package dev.nightshift.adapters.telegram;

import org.jspecify.annotations.NullMarked;
