package dev.nightshift.app.config;

import dev.nightshift.core.policy.Autonomy;
import dev.nightshift.core.policy.Phase;
import dev.nightshift.core.reasoning.ReasonerSettings;
import java.time.Duration;

/** Every default a configuration file may leave out, in one place. */
public final class Defaults {

  public static final String MAIN_FILE = "nightshift.yaml";
  public static final String TREE_FILE = "dependency_tree.yaml";
  public static final String KNOWN_ERRORS_FILE = "known_errors.yaml";
  public static final String POLICY_FILE = "policy.yaml";
  public static final String RUNBOOKS_DIR = "runbooks";

  public static final String AGENT_NAME = "nightshift";
  public static final Duration SLA_CHECK_INTERVAL = Duration.ofSeconds(15);
  public static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);
  public static final int MAX_CONCURRENT_INCIDENTS = 4;
  public static final String STORE_URL = "jdbc:sqlite:nightshift.db";
  public static final Duration SOURCE_TIMEOUT = Duration.ofSeconds(5);
  public static final String DOCKER_BINARY = "docker";
  public static final String HTTP_BIND = "127.0.0.1";

  /** Runbooks and past incidents are searched by words unless hybrid search is asked for. */
  public static final AgentSettings.RetrievalMode RETRIEVAL = AgentSettings.RetrievalMode.BM25;

  /** Per model request. */
  public static final Duration LLM_TIMEOUT = ReasonerSettings.DEFAULT_TIMEOUT;

  /**
   * The reasoner's limits: 10 steps, 60s a request, 200k tokens and 1.00 an incident, 2M tokens and
   * 10.00 a day, free (prices 0), answers cached 24h, proposals always wait for a human.
   */
  public static final ReasonerSettings REASONER = ReasonerSettings.DEFAULTS;

  /** Where a learned known error's pull request goes, unless {@code learning.pull_request} says. */
  public static final String PULL_REQUEST_BASE = "main";

  public static final String GITHUB_API = "https://api.github.com";

  /** Messages a minute a notifier may send; more wait for the next minute, none is dropped. */
  public static final int NOTIFIER_PER_MINUTE =
      dev.nightshift.core.notify.Outlet.DEFAULT_PER_MINUTE;

  /** A new installation watches before it acts: shadow mode for every severity. */
  public static final Phase PHASE = Phase.OBSERVE;

  /** An action class the policy does not mention needs a human. */
  public static final Autonomy CLASS_AUTONOMY = new Autonomy.Approval();

  public static final Duration COOLDOWN = Duration.ofMinutes(10);
  public static final int ACTIONS_PER_HOUR = 6;
  public static final int ATTEMPTS_PER_INCIDENT = 2;
  public static final double MAX_TREE_FRACTION = 0.10;
  public static final Duration APPROVAL_TIMEOUT = Duration.ofMinutes(30);
  public static final int PROMOTION_MIN_DECISIONS = 50;
  public static final double PROMOTION_MIN_ACCURACY = 0.92;
  public static final int PROMOTION_MAX_VIOLATIONS = 0;

  private Defaults() {}
}
