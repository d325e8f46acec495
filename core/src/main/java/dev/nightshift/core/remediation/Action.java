package dev.nightshift.core.remediation;

/**
 * A mutating action from the closed catalog. Known-error steps and reasoner proposals both become
 * one of these records, so the policy gate sees every action the same way.
 */
public sealed interface Action extends Step
    permits SupervisorRestart,
        DockerExec,
        DockerRestart,
        RedisCommand,
        RedisKillIdleClients,
        K8sRolloutRestart,
        K8sScale,
        K8sRolloutUndo,
        HttpRequest,
        RunCommand {

  /** The risk class the policy decides on. */
  ActionClass actionClass();

  /** What the action touches. */
  Target target();
}
