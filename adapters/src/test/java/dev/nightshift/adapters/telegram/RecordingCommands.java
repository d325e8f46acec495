package dev.nightshift.adapters.telegram;

import dev.nightshift.core.notify.ChatCommands;
import dev.nightshift.core.notify.ChatReply;
import dev.nightshift.core.notify.ChatRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Answers every command with a scripted reply and records what it was asked. */
final class RecordingCommands implements ChatCommands {

  private final List<ChatRequest> requests = new CopyOnWriteArrayList<>();
  private final Semaphore handled = new Semaphore(0);
  private volatile ChatReply reply = new ChatReply("done", false);

  void answer(String text, boolean refused) {
    reply = new ChatReply(text, refused);
  }

  /** Waits until {@code count} commands have been handled, or fails the test. */
  void awaitRequests(int count, Duration timeout) {
    try {
      if (!handled.tryAcquire(count, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError("fewer than " + count + " commands within " + timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  List<ChatRequest> requests() {
    return List.copyOf(requests);
  }

  @Override
  public ChatReply handle(ChatRequest request) {
    requests.add(request);
    handled.release();
    return reply;
  }
}
