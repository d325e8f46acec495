/** ChatOps: the commands humans type in Telegram or Slack, checked, answered and audited. */
@NullMarked
package dev.nightshift.app.chat;

import org.jspecify.annotations.NullMarked;
