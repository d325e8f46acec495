package dev.nightshift.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InfoFieldsTest {

  static final String INFO =
      String.join(
          "\r\n",
          "# Server",
          "redis_version:7.0.15",
          "",
          "# Clients",
          "connected_clients:300",
          "# Memory",
          "used_memory:2473640",
          "used_memory_human:2.36M",
          "maxmemory:1048576",
          "maxmemory_policy:noeviction",
          "mem_fragmentation_ratio:1.52",
          "# Errorstats",
          "errorstat_OOM:count=3",
          "# Keyspace",
          "db0:keys=40,expires=0,avg_ttl=0",
          "");

  private final InfoFields info = InfoFields.parse(INFO);

  @Test
  void keepsFieldsInTheServersOrderWithoutSectionHeadings() {
    assertThat(info.fields().keySet())
        .containsExactly(
            "redis_version",
            "connected_clients",
            "used_memory",
            "used_memory_human",
            "maxmemory",
            "maxmemory_policy",
            "mem_fragmentation_ratio",
            "errorstat_OOM",
            "db0");
    assertThat(info.text("db0")).hasValue("keys=40,expires=0,avg_ttl=0");
  }

  @Test
  void readsPlainNumbersOnly() {
    assertThat(info.number("connected_clients")).hasValue(300);
    assertThat(info.number("mem_fragmentation_ratio")).hasValue(1.52);
    assertThat(info.number("used_memory_human")).isEmpty();
    assertThat(info.number("redis_version")).isEmpty();
    assertThat(info.number("no_such_field")).isEmpty();
    assertThat(InfoFields.parse("x:NaN\ny:Infinity\nz:0x10").fields()).hasSize(3);
    assertThat(InfoFields.parse("x:NaN\ny:Infinity\nz:0x10").number("x")).isEmpty();
  }
}
