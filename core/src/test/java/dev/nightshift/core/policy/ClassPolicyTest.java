package dev.nightshift.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassPolicyTest {

  @Test
  void usesTheGlobalCooldownUnlessGivenOne() {
    assertThat(ClassPolicy.of(new Autonomy.Approval()).cooldown()).isEmpty();
  }
}
