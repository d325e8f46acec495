package dev.nightshift.adapters.telegram;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.core.policy.Approval;
import java.nio.charset.StandardCharsets;

/**
 * The inline keyboards Nightshift sends: Approve / Deny under an approval request, and none once it
 * is decided. A press comes back as {@code approve:<key>}, which the commands read as {@code
 * approve <key>}.
 */
final class Buttons {

  /** Telegram's limit on a button's callback_data, in UTF-8 bytes. */
  static final int CALLBACK_DATA_BYTES = 64;

  private Buttons() {}

  static ObjectNode approval(Approval approval) {
    ObjectNode markup = BotApi.body();
    ArrayNode row = markup.putArray("inline_keyboard").addArray();
    row.addObject().put("text", "✅ Approve").put("callback_data", data("approve", approval));
    row.addObject().put("text", "❌ Deny").put("callback_data", data("deny", approval));
    return markup;
  }

  /** A keyboard with no buttons: editing a message to it takes its buttons away. */
  static ObjectNode none() {
    ObjectNode markup = BotApi.body();
    markup.putArray("inline_keyboard");
    return markup;
  }

  /**
   * {@code verb:<approval key>}, or {@code verb:<incident>} when the key does not fit (approving an
   * incident's number approves its pending step, as in {@code nightshift approve 12}).
   */
  static String data(String verb, Approval approval) {
    String byKey = verb + ":" + approval.key().value();
    return byKey.getBytes(StandardCharsets.UTF_8).length <= CALLBACK_DATA_BYTES
        ? byKey
        : verb + ":" + approval.incident();
  }
}
