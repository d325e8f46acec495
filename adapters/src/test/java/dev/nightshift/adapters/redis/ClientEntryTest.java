package dev.nightshift.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientEntryTest {

  private static final String REDIS_7_LIST =
      """
      id=3 addr=127.0.0.1:43800 laddr=127.0.0.1:16399 fd=7 name= age=0 idle=0 flags=N db=0 sub=0 \
      psub=0 ssub=0 multi=-1 qbuf=26 qbuf-free=20448 argv-mem=10 multi-mem=0 rbs=16384 rbp=16384 \
      obl=0 oll=0 omem=0 tot-mem=37658 events=r cmd=client|list user=default redir=-1 resp=2
      id=7 addr=10.0.0.5:51000 laddr=10.0.0.1:6379 fd=9 name=pool-1 age=900 idle=600 flags=N db=0 \
      sub=0 psub=0 ssub=0 multi=-1 qbuf=0 qbuf-free=0 argv-mem=0 multi-mem=0 rbs=1024 rbp=0 obl=0 \
      oll=0 omem=0 tot-mem=1800 events=r cmd=get user=default redir=-1 resp=2
      """;

  @Test
  void readsEveryLineOfARedis7ClientListIncludingAnEmptyName() {
    List<ClientEntry> clients = ClientEntry.parseList(REDIS_7_LIST.replace("\n", "\r\n"));

    assertThat(clients)
        .containsExactly(
            new ClientEntry(3, "127.0.0.1:43800", "", 0, "N", 0, "client|list"),
            new ClientEntry(7, "10.0.0.5:51000", "pool-1", 600, "N", 0, "get"));
  }

  @Test
  void leavesOutLinesWithoutIdOrIdleOrFlags() {
    assertThat(ClientEntry.parseList("id=1 addr=a flags=N\nid=x idle=3 flags=N\n\nidle=4 flags=N"))
        .isEmpty();
  }

  @Test
  void countsOnlyPlainClientsAsNormal() {
    assertThat(entry("flags=N sub=0 psub=0").isNormal()).isTrue();
    assertThat(entry("flags=x sub=0").isNormal()).as("in MULTI, still a pool client").isTrue();
    assertThat(entry("flags=S").isNormal()).as("replica").isFalse();
    assertThat(entry("flags=M").isNormal()).as("master link").isFalse();
    assertThat(entry("flags=P sub=1").isNormal()).as("subscriber").isFalse();
    assertThat(entry("flags=N psub=2").isNormal()).as("RESP3 subscriber").isFalse();
    assertThat(entry("flags=O").isNormal()).as("MONITOR").isFalse();
    assertThat(entry("flags=b").isNormal()).as("blocked in BLPOP").isFalse();
  }

  private static ClientEntry entry(String fields) {
    return ClientEntry.parseLine("id=9 addr=1.2.3.4:5 name= idle=99 " + fields + " cmd=ping")
        .orElseThrow();
  }
}
