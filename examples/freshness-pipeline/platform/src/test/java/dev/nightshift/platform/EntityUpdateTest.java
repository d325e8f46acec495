package dev.nightshift.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EntityUpdateTest {

  @Test
  void readsBackWhatTheFeedWrites() {
    EntityUpdate update = new EntityUpdate("e-17", 101.25, 1_795_297_322_535L);

    assertThat(update.toJson())
        .isEqualTo("{\"entity\":\"e-17\",\"value\":101.25,\"ts\":1795297322535}");
    assertThat(EntityUpdate.parse(update.toJson())).isEqualTo(update);
  }

  @Test
  void rejectsALineThatIsNotAnUpdate() {
    assertThatThrownBy(() -> EntityUpdate.parse("{\"entity\":\"e-1\",\"ts\":1}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not an entity update");
    assertThatThrownBy(() -> EntityUpdate.parse("not json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not JSON");
  }

  @Test
  void rejectsAnEntityIdThatCannotBeARedisKeySuffix() {
    assertThatThrownBy(() -> new EntityUpdate("e 1\r\nFLUSHALL", 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entity id must match");
  }
}
