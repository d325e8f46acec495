package dev.nightshift.core.remediation;

/**
 * Carries out actions on the platform: supervisord, docker, Redis, Kubernetes in production, the
 * simulator in drills. Only the pipeline calls it, and only after the policy gate said yes.
 */
public interface Executor {

  /** Runs the action once; never throws for a failure of the target (that is a result). */
  ExecutionResult execute(Action action, IdempotencyKey key);
}
