package dev.nightshift.adapters.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.adapters.supervisor.Transport.HttpReply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HttpWireTest {

  @Test
  void writesOnePostWithLengthAuthorizationAndClose() {
    byte[] request =
        HttpWire.request(
            "/RPC2", Optional.of("Basic dTpw"), "<x/>".getBytes(StandardCharsets.UTF_8));

    assertThat(new String(request, StandardCharsets.US_ASCII))
        .startsWith("POST /RPC2 HTTP/1.1\r\nHost: localhost\r\n")
        .contains("Content-Length: 4\r\n", "Connection: close\r\n", "Authorization: Basic dTpw\r\n")
        .endsWith("\r\n\r\n<x/>");
  }

  @Test
  void readsABodyOfContentLengthAndWaitsForAllOfIt() throws IOException {
    String full = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Type: text/xml\r\n\r\nhello";

    assertThat(reply(full.substring(0, full.length() - 2), false)).isEmpty();
    assertThat(reply(full, false).map(HttpWireTest::text)).contains("200 hello");
  }

  @Test
  void readsAChunkedBody() throws IOException {
    String chunked =
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\n\r\n";

    assertThat(reply(chunked, false).map(HttpWireTest::text)).contains("200 hello world");
    assertThat(reply(chunked.substring(0, 40), false)).isEmpty();
  }

  @Test
  void readsUntilCloseWithoutALength() throws IOException {
    String answer = "HTTP/1.0 401 Unauthorized\r\nServer: medusa\r\n\r\nno";

    assertThat(reply(answer, false)).isEmpty();
    assertThat(reply(answer, true).map(HttpWireTest::text)).contains("401 no");
  }

  @Test
  void aConnectionClosedEarlyIsAnError() {
    assertThatThrownBy(() -> reply("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort", true))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("closed before the end of the body");
    assertThatThrownBy(() -> reply("HTTP/1.1 200", true)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> reply("SSH-2.0-OpenSSH\r\n\r\n", true))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("status line");
  }

  private static Optional<HttpReply> reply(String received, boolean eof) throws IOException {
    byte[] bytes = received.getBytes(StandardCharsets.ISO_8859_1);
    byte[] padded = new byte[bytes.length + 100]; // the transport's buffer is larger than its data
    System.arraycopy(bytes, 0, padded, 0, bytes.length);
    return HttpWire.reply(padded, bytes.length, eof);
  }

  private static String text(HttpReply reply) {
    return reply.status() + " " + new String(reply.body(), StandardCharsets.UTF_8);
  }
}
