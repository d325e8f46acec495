package dev.nightshift.adapters.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.core.notify.ChatCommands;
import dev.nightshift.core.notify.ChatReply;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Reads chat commands from Telegram by long polling {@code getUpdates}, so the agent needs no
 * public URL: each message or button press goes to {@link ChatCommands}, and its answer back to the
 * chat. Every update is acknowledged by the next poll's offset, so none is handled twice.
 */
public final class TelegramCommands implements AutoCloseable {

  /** How long one {@code getUpdates} waits on Telegram's side for something to arrive. */
  static final Duration LONG_POLL = Duration.ofSeconds(25);

  static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
  private static final int CALLBACK_TEXT_CHARS = 200;

  /** Waits between failed polls; the loop's only wait, so tests can replace it. */
  interface Pause {
    void pause(Duration duration) throws InterruptedException;
  }

  private final BotApi api;
  private final ChatCommands handler;
  private final Duration callTimeout;
  private final Duration longPoll;
  private final Pause pause;
  private final CountDownLatch stopping = new CountDownLatch(1);
  private final Replies replies;
  private @Nullable Thread loop;
  private volatile @Nullable String problem;
  // Only the polling thread writes these (close() reads the offset after the loop ended).
  private volatile long offset;
  private Duration backoff = Duration.ZERO;

  TelegramCommands(
      BotApi api,
      ChatCommands handler,
      Duration callTimeout,
      Duration longPoll,
      @Nullable Pause pause) {
    this.api = api;
    this.handler = Objects.requireNonNull(handler, "handler");
    this.callTimeout = callTimeout;
    this.longPoll = longPoll;
    this.pause = pause != null ? pause : d -> stopping.await(d.toMillis(), TimeUnit.MILLISECONDS);
    this.replies = new Replies(api, callTimeout);
  }

  /** Starts polling on a virtual thread; a second call does nothing. */
  public synchronized void start() {
    if (loop == null && stopping.getCount() > 0) {
      loop = Thread.ofVirtual().name("telegram-commands").start(this::run);
    }
  }

  /** Why the last poll failed, until one succeeds: for a status page. Never holds the token. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** Stops polling, cutting short a pending long poll, and waits for the loop to end. */
  @Override
  public void close() {
    stopping.countDown();
    Thread running;
    synchronized (this) {
      running = loop;
    }
    if (running != null) {
      running.interrupt();
      try {
        running.join(callTimeout.plus(Duration.ofSeconds(1)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    confirm();
  }

  // Telegram forgets updates only when a later poll names their offset: without this, updates
  // handled in the last round would come back, and run again, after a restart.
  private void confirm() {
    if (offset > 0) {
      ObjectNode body = BotApi.body();
      body.put("offset", offset).put("timeout", 0).put("limit", 1);
      try {
        api.call("getUpdates", body, callTimeout);
      } catch (IllegalStateException e) {
        // The Telegram client was closed first; the updates then come back after a restart.
      }
    }
  }

  boolean running() {
    Thread running;
    synchronized (this) {
      running = loop;
    }
    return running != null && running.isAlive();
  }

  private void run() {
    while (stopping.getCount() > 0) {
      Optional<Duration> wait = pollGuarded();
      if (stopping.getCount() == 0) {
        return;
      }
      try {
        if (wait.isPresent()) {
          pause.pause(wait.get());
        }
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  // ChatCommands must not throw; if it does (a bug), the loop goes on with the next update.
  private Optional<Duration> pollGuarded() {
    try {
      return pollOnce();
    } catch (RuntimeException e) {
      problem = "a Telegram command failed: " + api.redact(String.valueOf(e));
      return Optional.of(FIRST_BACKOFF);
    }
  }

  /**
   * One {@code getUpdates}: handles every update it returns, in order. Answers how long to wait
   * before the next poll when this one failed: 1 s, doubling up to 30 s, or what Telegram asked.
   */
  Optional<Duration> pollOnce() {
    ObjectNode body = BotApi.body();
    if (offset > 0) {
      body.put("offset", offset);
    }
    body.put("timeout", longPoll.toSeconds());
    body.putArray("allowed_updates").add("message").add("callback_query");
    return switch (api.call("getUpdates", body, longPoll.plus(callTimeout))) {
      case BotApi.Answer.Ok ok when !ok.result().isArray() ->
          failed(api.where() + " answered getUpdates without a list of updates", Optional.empty());
      case BotApi.Answer.Ok ok -> {
        problem = null;
        backoff = Duration.ZERO;
        ok.result().forEach(this::handle);
        yield Optional.empty();
      }
      case BotApi.Answer.Failed f -> failed(f.reason(), f.retryAfter());
    };
  }

  private Optional<Duration> failed(String reason, Optional<Duration> retryAfter) {
    problem = "cannot read Telegram commands: " + reason;
    backoff = backoff.isZero() ? FIRST_BACKOFF : min(backoff.multipliedBy(2), MAX_BACKOFF);
    return Optional.of(retryAfter.filter(r -> r.compareTo(backoff) > 0).orElse(backoff));
  }

  // The offset moves past an update before it is handled: a command is never run twice, even if
  // handling it fails half-way (a lost reply is better than a repeated approval).
  private void handle(JsonNode update) {
    long id = update.path("update_id").asLong(-1);
    if (id < offset) {
      return;
    }
    offset = id + 1;
    Update.read(update).ifPresent(this::answer);
  }

  private void answer(Update update) {
    ChatReply reply = handler.handle(update.request());
    String chat = update.request().chat();
    update.callbackId().ifPresent(id -> replies.answerPress(id, reply, CALLBACK_TEXT_CHARS));
    replies.say(chat, reply.text());
    if (!reply.refused()) {
      update.buttonsMessage().ifPresent(message -> replies.dropButtons(chat, message));
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
