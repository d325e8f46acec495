package dev.nightshift.adapters.slack;

import dev.nightshift.core.notify.ChatCommands;
import dev.nightshift.core.notify.ChatReply;
import dev.nightshift.core.notify.ChatRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link ChatCommands} that records each request and answers with a scripted reply. */
final class RecordingChatCommands implements ChatCommands {

  private final List<ChatRequest> requests = new CopyOnWriteArrayList<>();
  private volatile ChatReply reply = new ChatReply("done", false);

  void reply(ChatReply next) {
    this.reply = next;
  }

  List<ChatRequest> requests() {
    return List.copyOf(requests);
  }

  @Override
  public ChatReply handle(ChatRequest request) {
    requests.add(request);
    return reply;
  }
}
