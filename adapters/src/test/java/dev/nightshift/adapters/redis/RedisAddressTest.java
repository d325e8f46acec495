package dev.nightshift.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RedisAddressTest {

  @Test
  void readsHostPortAndDatabase() {
    assertThat(RedisAddress.parse(URI.create("redis://cache.internal:6380/2")))
        .isEqualTo(new RedisAddress(false, "cache.internal", 6380, 2));
    assertThat(RedisAddress.parse(URI.create("rediss://cache.internal")))
        .isEqualTo(new RedisAddress(true, "cache.internal", 6379, 0));
    assertThat(RedisAddress.parse(URI.create("redis://127.0.0.1:7000/")).toString())
        .isEqualTo("redis 127.0.0.1:7000");
    assertThat(RedisAddress.parse(URI.create("redis://h:1/3")).toString()).isEqualTo("redis h:1/3");
  }

  @Test
  void refusesCredentialsInTheUrlWithoutRepeatingThem() {
    assertThatThrownBy(() -> RedisAddress.parse(URI.create("redis://:hunter2@host:6379")))
        .hasMessage("put redis credentials in the endpoint's username/password, not in the url");
  }

  @Test
  void refusesWhatIsNotARedisUrl() {
    assertThatThrownBy(() -> RedisAddress.parse(URI.create("http://host:6379")))
        .hasMessageContaining("redis://");
    assertThatThrownBy(() -> RedisAddress.parse(URI.create("redis://host/db0")))
        .hasMessageContaining("database number");
    assertThatThrownBy(() -> RedisAddress.parse(URI.create("redis:///0")))
        .hasMessageContaining("needs a host");
  }
}
