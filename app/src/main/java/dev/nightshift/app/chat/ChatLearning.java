package dev.nightshift.app.chat;

import dev.nightshift.app.learning.LearningDesk;
import dev.nightshift.app.learning.LearningDesk.Outcome;
import dev.nightshift.app.learning.StepText;
import dev.nightshift.core.knowledge.Checked;
import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.knowledge.LearnedKnownError;
import dev.nightshift.core.notify.ChatReply;
import dev.nightshift.core.remediation.StepSpec;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The learning loop from chat: {@code learned} (what waits for a decision), {@code ke approve ID},
 * {@code ke reject ID reason…} and {@code fix N ACTION NODE [key=value…] -- root cause}; answered
 * by the running agent's desk, so an approval takes effect at once.
 */
final class ChatLearning {

  static final String FIX_USAGE =
      "usage: fix N ACTION NODE [key=value ...] -- root cause, e.g."
          + " fix 12 supervisor_restart kafka_to_redis_consumer -- consumer stuck after a rebalance";

  private final Supplier<Optional<LearningDesk>> desk;

  ChatLearning(Supplier<Optional<LearningDesk>> desk) {
    this.desk = desk;
  }

  ChatReply learned() {
    return withDesk(d -> {
      List<LearnedKnownError> proposed = d.proposed();
      if (proposed.isEmpty()) {
        return ok("no learned known error waits for a decision");
      }
      StringBuilder out =
          new StringBuilder("Proposed known errors (ke approve ID / ke reject ID):");
      for (LearnedKnownError e : proposed) {
        Optional<KnownError> read = d.read(e);
        out.append("\n")
            .append(e.id())
            .append(" from incident ")
            .append(e.incident())
            .append(" (")
            .append(e.source())
            .append("): ")
            .append(
                read.map(k -> k.rootCause() + " at " + k.signature().node())
                    .orElse("(no longer loads)"));
      }
      return ok(out.toString());
    });
  }

  ChatReply ke(List<String> args, String actor) {
    String verb = args.isEmpty() ? "" : args.getFirst().toLowerCase(java.util.Locale.ROOT);
    if (args.size() < 2 || !(verb.equals("approve") || verb.equals("reject"))) {
      return refuse("usage: ke approve ID, or ke reject ID reason (ID as listed by 'learned')");
    }
    String id = args.get(1);
    Optional<String> reason =
        Optional.of(String.join(" ", args.subList(2, args.size()))).filter(r -> !r.isBlank());
    return withDesk(d ->
        reply(
            verb.equals("approve")
                ? d.approve(id, actor, Optional.empty())
                : d.reject(id, actor, reason),
            e ->
                e.state()
                    + " "
                    + e.id()
                    + " by "
                    + actor
                    + (verb.equals("approve")
                        ? "; the agent matches it from now on."
                        : reason.map(r -> ": " + r).orElse(""))));
  }

  ChatReply fix(List<String> args, String actor) {
    int dash = args.indexOf("--");
    if (dash < 3 || dash == args.size() - 1 || !args.getFirst().matches("[0-9]{1,18}")) {
      return refuse(FIX_USAGE);
    }
    String step =
        args.get(1) + " node=" + args.get(2) + " " + String.join(" ", args.subList(3, dash));
    String rootCause = String.join(" ", args.subList(dash + 1, args.size()));
    StepSpec spec;
    switch (StepText.parse(step)) {
      case Checked.Ok<StepSpec> ok -> spec = ok.value();
      case Checked.Invalid<StepSpec> bad -> {
        return refuse(String.join("; ", bad.problems()) + "\n" + FIX_USAGE);
      }
    }
    long incident = Long.parseLong(args.getFirst());
    return withDesk(d ->
        reply(
            d.recordFix(incident, rootCause, List.of(spec), Optional.empty(), actor),
            e ->
                "proposed "
                    + e.id()
                    + " from incident "
                    + incident
                    + "; approve: ke approve "
                    + e.id()));
  }

  private ChatReply withDesk(java.util.function.Function<LearningDesk, ChatReply> work) {
    return desk.get().map(work).orElseGet(() -> refuse("the learning loop is not available here"));
  }

  private static ChatReply reply(
      Outcome outcome, java.util.function.Function<LearnedKnownError, String> done) {
    return switch (outcome) {
      case Outcome.Done d -> ok(done.apply(d.entry()));
      case Outcome.Invalid bad -> refuse("refused: " + String.join("; ", bad.problems()));
      case Outcome.AlreadyDecided a -> refuse(a.reason());
      case Outcome.NotFound n -> refuse(n.reason());
    };
  }

  private static ChatReply ok(String text) {
    return new ChatReply(text, false);
  }

  private static ChatReply refuse(String text) {
    return new ChatReply(text, true);
  }
}
