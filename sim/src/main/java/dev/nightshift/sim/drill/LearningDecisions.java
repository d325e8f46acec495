package dev.nightshift.sim.drill;

import dev.nightshift.core.knowledge.Checked;
import dev.nightshift.core.knowledge.LearnedKnownError;
import dev.nightshift.core.knowledge.LearnedState;
import dev.nightshift.core.knowledge.Learning;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.sim.scenario.ScheduledLearning;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Plays a scenario's decisions on learned known errors: each is taken, as the human "drill", at its
 * time or as soon as after it the agent has proposed that known error.
 */
final class LearningDecisions {

  static final String BY = "drill";

  private final Deque<ScheduledLearning> due;
  private final Instant start;

  LearningDecisions(List<ScheduledLearning> decisions, Instant start) {
    this.due =
        new ArrayDeque<>(
            decisions.stream().sorted(Comparator.comparing(ScheduledLearning::at)).toList());
    this.start = start;
  }

  void decide(Instant now, Learning learning, Stores stores) {
    List<ScheduledLearning> waiting = new ArrayList<>();
    while (!due.isEmpty() && !now.isBefore(start.plus(due.peek().at()))) {
      ScheduledLearning decision = due.poll();
      Optional<LearnedKnownError> proposal = stores.learned().find(decision.id());
      if (proposal.isEmpty()) {
        waiting.add(decision); // not proposed yet: the human answers once it is
        continue;
      }
      if (proposal.get().state() != LearnedState.PROPOSED) {
        continue; // someone else decided it meanwhile
      }
      // A refused decision shows in the drill's learned expectation, which then fails.
      Checked<LearnedKnownError> ignored =
          switch (decision.decision()) {
            case APPROVE -> learning.approve(decision.id(), BY, Optional.empty());
            case REJECT -> learning.reject(decision.id(), BY, Optional.of("rejected in the drill"));
          };
    }
    waiting.reversed().forEach(due::addFirst);
  }
}
