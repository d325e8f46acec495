package dev.nightshift.adapters.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void acceptsAProcessAloneOrInItsGroup() {
    for (String name :
        List.of("sleeper", "primary_processes:kafka_to_redis_entity", "g-1.a:p_2.b-3")) {
      assertThat(Names.processProblem(name)).as(name).isEmpty();
    }
  }

  @Test
  void refusesNamesThatSupervisordWouldReadAsAWholeGroup() {
    for (String name : List.of("primary:", "primary:*", ":sleeper", "a:b:c")) {
      assertThat(Names.processProblem(name)).as(name).isPresent();
    }
  }

  @Test
  void refusesShellCharactersSpacesAndControlCharacters() {
    for (String name :
        List.of("", "a b", "a;rm -rf /", "$(id)", "`id`", "a|b", "../etc", "a\nb", "é")) {
      assertThat(Names.processProblem(name)).as(name).isPresent();
    }
    assertThat(Names.processProblem("x\u0000y\ny").orElseThrow()).contains("'x?y?y'");
  }

  @Test
  void aGroupIsOneNameWithoutAColon() {
    assertThat(Names.groupProblem("primary_processes")).isEmpty();
    assertThat(Names.groupProblem("primary:x")).isPresent();
    assertThat(Names.groupProblem("*")).isPresent();
  }
}
