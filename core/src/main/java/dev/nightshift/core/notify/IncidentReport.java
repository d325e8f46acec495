package dev.nightshift.core.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a human needs to understand an incident, channel-neutral: each channel renders it in
 * its own markup (Telegram HTML, Slack blocks, GitHub markdown) from this one value.
 *
 * @param title one line: "Incident 12 — data_freshness (sev1) — RESOLVED after 42s"
 * @param summary a few sentences: what broke, why, what was done, how it ended
 * @param outcome the incident's state in words: detected, awaiting_approval, resolved, escalated
 * @param impact every SLA and node that is affected, from the tree's impact walk
 * @param path the nodes walked from the SLA down, each with its finding and evidence
 * @param changes deploys and other change events within the correlation window
 * @param slaBefore the SLA when it fired ("freshness = 143s, objective < 60s")
 * @param slaAfter the SLA when the incident ended, when it has
 * @param nextSteps what a human should do now, most useful first
 * @param hypothesis what the reasoner said about a failure no known error explains, if asked
 */
public record IncidentReport(
    long incident,
    String sla,
    String slaDescription,
    String severity,
    String outcome,
    String title,
    String summary,
    String trigger,
    Instant openedAt,
    Optional<Instant> closedAt,
    Impact impact,
    List<Entry> timeline,
    List<PathStep> path,
    Optional<String> rootCause,
    Optional<String> diagnosis,
    Optional<String> knownError,
    List<Change> changes,
    List<ActionLine> actions,
    Optional<String> slaBefore,
    Optional<String> slaAfter,
    List<String> nextSteps,
    List<Link> links,
    Optional<Hypothesis> hypothesis) {

  public IncidentReport {
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(slaDescription, "slaDescription");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(closedAt, "closedAt");
    Objects.requireNonNull(impact, "impact");
    timeline = List.copyOf(timeline);
    path = List.copyOf(path);
    Objects.requireNonNull(rootCause, "rootCause");
    Objects.requireNonNull(diagnosis, "diagnosis");
    Objects.requireNonNull(knownError, "knownError");
    changes = List.copyOf(changes);
    actions = List.copyOf(actions);
    Objects.requireNonNull(slaBefore, "slaBefore");
    Objects.requireNonNull(slaAfter, "slaAfter");
    nextSteps = List.copyOf(nextSteps);
    links = List.copyOf(links);
    Objects.requireNonNull(hypothesis, "hypothesis");
  }

  /** How long the incident lasted, or has lasted until {@code now} if it is open. */
  public Duration duration(Instant now) {
    return Duration.between(openedAt, closedAt.orElse(now));
  }

  /** The SLAs and nodes that break with the root cause (or with the SLA's own tree). */
  public record Impact(List<String> slas, List<String> nodes) {
    public Impact {
      slas = List.copyOf(slas);
      nodes = List.copyOf(nodes);
    }
  }

  /** One line of the timeline. */
  public record Entry(Instant at, String type, String message) {
    public Entry {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * One node of the walk with what was found there.
   *
   * @param status healthy, degraded, down, unknown
   * @param logLines matching error lines, newest last
   * @param metrics metric values observed ("redis_connected_clients = 300")
   * @param gaps what could not be checked and why
   */
  public record PathStep(
      String node,
      String status,
      String finding,
      List<String> logLines,
      List<String> metrics,
      List<String> gaps) {
    public PathStep {
      Objects.requireNonNull(node, "node");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(finding, "finding");
      logLines = List.copyOf(logLines);
      metrics = List.copyOf(metrics);
      gaps = List.copyOf(gaps);
    }
  }

  /** A change event near the incident: a deploy of {@code service} to {@code version}. */
  public record Change(Instant at, String service, String version, Optional<String> author) {
    public Change {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(author, "author");
    }
  }

  /**
   * One action and what became of it.
   *
   * @param outcome executed, failed, denied, intended, pending_approval
   */
  public record ActionLine(Instant at, String action, String outcome, String detail) {
    public ActionLine {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(detail, "detail");
    }
  }

  /**
   * The reasoner's answer as the timeline recorded it (a {@code hypothesized} event).
   *
   * @param reasoner which model answered
   * @param outcome proposed, explained, rejected or unanswered
   * @param summary the answer in one sentence, or why there was none
   * @param action the proposed step (one line of flow YAML), when one was proposed
   * @param confidence the model's own confidence: recorded, never used to decide
   * @param problems why the validator rejected the hypothesis
   */
  public record Hypothesis(
      String reasoner,
      String outcome,
      String summary,
      Optional<String> rootCause,
      Optional<String> explanation,
      List<String> evidence,
      Optional<String> action,
      Optional<String> confidence,
      List<String> problems) {
    public Hypothesis {
      Objects.requireNonNull(reasoner, "reasoner");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(summary, "summary");
      Objects.requireNonNull(rootCause, "rootCause");
      Objects.requireNonNull(explanation, "explanation");
      evidence = List.copyOf(evidence);
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(confidence, "confidence");
      problems = List.copyOf(problems);
    }
  }

  /** A link for the evidence: a Prometheus graph, a Loki explore view, a runbook. */
  public record Link(String label, String url) {
    public Link {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(url, "url");
    }
  }
}
