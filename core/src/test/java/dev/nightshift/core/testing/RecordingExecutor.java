package dev.nightshift.core.testing;

import dev.nightshift.core.remediation.Action;
import dev.nightshift.core.remediation.ExecutionResult;
import dev.nightshift.core.remediation.Executor;
import dev.nightshift.core.remediation.IdempotencyKey;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Records every action the pipeline runs, with its idempotency key, and answers as a test told it
 * to: success by default, or a failure from {@link #failing} on. Safe to call from many threads.
 */
public final class RecordingExecutor implements Executor {

  /** One call the pipeline made. */
  public record Call(Action action, IdempotencyKey key) {
    public Call {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(key, "key");
    }
  }

  private final Queue<Call> calls = new ConcurrentLinkedQueue<>();
  private final AtomicReference<ExecutionResult> answer =
      new AtomicReference<>(new ExecutionResult.Succeeded("done"));
  private final AtomicReference<RuntimeException> bug = new AtomicReference<>();

  /** Every action from now on succeeds with {@code detail}. */
  public RecordingExecutor succeeding(String detail) {
    answer.set(new ExecutionResult.Succeeded(detail));
    return this;
  }

  /** Every action from now on fails with {@code detail}. */
  public RecordingExecutor failing(String detail, boolean retryable) {
    answer.set(new ExecutionResult.Failed(detail, retryable));
    return this;
  }

  /** Every action from now on throws {@code e}, as an adapter with a bug would. */
  public RecordingExecutor throwing(RuntimeException e) {
    bug.set(e);
    return this;
  }

  /** Every call, in the order made. */
  public List<Call> calls() {
    return List.copyOf(calls);
  }

  /** The actions run, in order. */
  public List<Action> executed() {
    return calls().stream().map(Call::action).toList();
  }

  @Override
  public ExecutionResult execute(Action action, IdempotencyKey key) {
    calls.add(new Call(action, key));
    RuntimeException e = bug.get();
    if (e != null) {
      throw e;
    }
    return answer.get();
  }
}
