package dev.nightshift.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiagnoseCommandTest {

  private static final String CONFIG = "../examples/freshness-pipeline";

  @Test
  void refusesAnSlaTheTreeDoesNotHave() {
    Cli cli = Cli.run("diagnose", "no_such_sla", CONFIG);

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err())
        .contains("no SLA 'no_such_sla' in the tree; it has [entity_data_freshness,");
  }
}
