package dev.nightshift.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RespTest {

  @Test
  void encodesACommandAsAnArrayOfBulkStrings() {
    byte[] command = Resp.command(List.of("HSET", "entity:e-1", "value", "1.5"));

    assertThat(new String(command, StandardCharsets.UTF_8))
        .isEqualTo("*4\r\n$4\r\nHSET\r\n$10\r\nentity:e-1\r\n$5\r\nvalue\r\n$3\r\n1.5\r\n");
  }

  @Test
  void readsEveryKindOfReplyInOrder() throws IOException {
    InputStream in =
        stream("+OK\r\n:2\r\n$5\r\nhello\r\n$-1\r\n*2\r\n$1\r\na\r\n:1\r\n-OOM no room\r\n");

    assertThat(Resp.read(in)).isEqualTo(new Resp.Reply("OK", false));
    assertThat(Resp.read(in)).isEqualTo(new Resp.Reply("2", false));
    assertThat(Resp.read(in)).isEqualTo(new Resp.Reply("hello", false));
    assertThat(Resp.read(in)).isEqualTo(new Resp.Reply("", false));
    assertThat(Resp.read(in)).isEqualTo(new Resp.Reply("2", false));
    assertThat(Resp.read(in)).isEqualTo(new Resp.Reply("OOM no room", true));
  }

  @Test
  void readsTheRefusalOfARedisAtMaxclients() throws IOException {
    assertThat(Resp.read(stream("-ERR max number of clients reached\r\n")))
        .isEqualTo(new Resp.Reply("ERR max number of clients reached", true));
  }

  @Test
  void reportsAConnectionClosedBeforeTheReply() {
    assertThatThrownBy(() -> Resp.read(stream(""))).isInstanceOf(EOFException.class);
    assertThatThrownBy(() -> Resp.read(stream("$5\r\nhel"))).isInstanceOf(EOFException.class);
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
