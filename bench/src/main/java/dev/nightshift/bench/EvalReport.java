package dev.nightshift.bench;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** One reasoner's results on the suite: the pass rate, a row per case, the tokens it used. */
public record EvalReport(String reasoner, List<EvalScore> scores) {

  public EvalReport {
    Objects.requireNonNull(reasoner, "reasoner");
    scores = List.copyOf(scores);
  }

  public long passed() {
    return scores.stream().filter(EvalScore::passed).count();
  }

  public double passRate() {
    return scores.isEmpty() ? 0 : (double) passed() / scores.size();
  }

  public long tokens() {
    return scores.stream().mapToLong(s -> s.usage().tokens()).sum();
  }

  /** The report as a Markdown section: a summary line, then the table. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("### ").append(reasoner).append("\n\n");
    out.append(
        String.format(
            Locale.ROOT,
            "Passed %d of %d (%.0f%%), %d tokens.%n%n",
            passed(),
            scores.size(),
            passRate() * 100,
            tokens()));
    out.append("| case | answer (root cause / action) | root cause | action | valid | pass |")
        .append(" tokens | problems |\n");
    out.append("|---|---|---|---|---|---|---|---|\n");
    for (EvalScore s : scores) {
      out.append("| ")
          .append(s.caseName())
          .append(" | ")
          .append(s.answered())
          .append(" | ")
          .append(mark(s.rootCause()))
          .append(" | ")
          .append(mark(s.action()))
          .append(" | ")
          .append(mark(s.valid()))
          .append(" | ")
          .append(mark(s.passed()))
          .append(" | ")
          .append(s.usage().tokens())
          .append(" | ")
          .append(String.join("; ", s.problems()).replace("|", "\\|"))
          .append(" |\n");
    }
    return out.toString();
  }

  private static String mark(boolean ok) {
    return ok ? "yes" : "no";
  }
}
