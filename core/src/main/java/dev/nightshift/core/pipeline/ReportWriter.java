package dev.nightshift.core.pipeline;

import dev.nightshift.core.change.ChangeEvent;
import dev.nightshift.core.change.Correlation;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.knowledge.RunbookSearch;
import dev.nightshift.core.notify.ReportBuilder;
import dev.nightshift.core.notify.ReportLinks;
import dev.nightshift.core.notify.TextReport;
import dev.nightshift.core.remediation.ActionRecord;
import dev.nightshift.core.topology.DependencyTree;
import java.util.List;

/**
 * Writes the report a human reads when an incident ends: the text rendering of its {@link
 * dev.nightshift.core.notify.IncidentReport}, so the kept report says what every channel says.
 */
final class ReportWriter {

  private final ReportBuilder builder;

  ReportWriter(DependencyTree tree, List<KnownError> knownErrors) {
    this(tree, knownErrors, RunbookSearch.NONE);
  }

  ReportWriter(DependencyTree tree, List<KnownError> knownErrors, RunbookSearch runbooks) {
    this.builder =
        new ReportBuilder(tree, knownErrors, ReportLinks.NONE, Correlation.WINDOW, runbooks);
  }

  String write(
      Incident incident,
      List<TimelineEvent> events,
      List<ActionRecord> actions,
      List<ChangeEvent> changes) {
    return TextReport.render(
        builder.build(
            incident, events, actions, changes, incident.closedAt().orElse(incident.updatedAt())));
  }
}
