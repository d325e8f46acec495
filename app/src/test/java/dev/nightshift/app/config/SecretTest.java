package dev.nightshift.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretTest {

  @Test
  void neverPrintsItsValue() {
    Secret secret = new Secret("env SLACK_TOKEN", "xoxb-very-secret");
    assertThat(secret.toString()).isEqualTo("Secret[env SLACK_TOKEN, ****]").doesNotContain("xoxb");
    assertThat(secret.reveal()).isEqualTo("xoxb-very-secret");
  }
}
