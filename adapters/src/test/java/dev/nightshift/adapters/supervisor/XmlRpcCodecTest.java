package dev.nightshift.adapters.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XmlRpcCodecTest {

  /** What Python's xmlrpc.client (and so supervisord) sends: newlines between elements. */
  private static final String PYTHON_STRUCT =
      """
      <?xml version='1.0'?>
      <methodResponse>
      <params>
      <param>
      <value><struct>
      <member>
      <name>name</name>
      <value><string>sleeper</string></value>
      </member>
      <member>
      <name>pid</name>
      <value><int>42</int></value>
      </member>
      <member>
      <name>tags</name>
      <value><array><data>
      <value><string>a&lt;b &amp; c&gt;d</string></value>
      <value><struct>
      <member>
      <name>deep</name>
      <value><boolean>1</boolean></value>
      </member>
      <member>
      <name>ratio</name>
      <value><double>0.5</double></value>
      </member>
      </struct></value>
      <value>untyped is a string</value>
      <value><i4>-7</i4></value>
      </data></array></value>
      </member>
      </struct></value>
      </param>
      </params>
      </methodResponse>
      """;

  private static final String FAULT =
      """
      <?xml version='1.0'?>
      <methodResponse>
      <fault>
      <value><struct>
      <member>
      <name>faultCode</name>
      <value><int>10</int></value>
      </member>
      <member>
      <name>faultString</name>
      <value><string>BAD_NAME: primary:nope</string></value>
      </member>
      </struct></value>
      </fault>
      </methodResponse>
      """;

  @Test
  void decodesNestedStructsAndArraysAsPythonWritesThem() throws Exception {
    XmlRpcResponse response = XmlRpcReader.response(bytes(PYTHON_STRUCT));

    assertThat(response)
        .isEqualTo(
            new XmlRpcResponse.Value(
                Map.of(
                    "name",
                    "sleeper",
                    "pid",
                    42,
                    "tags",
                    List.of(
                        "a<b & c>d",
                        Map.of("deep", true, "ratio", 0.5),
                        "untyped is a string",
                        -7))));
  }

  @Test
  void decodesAFaultWithItsCodeAndString() throws Exception {
    assertThat(XmlRpcReader.response(bytes(FAULT)))
        .isEqualTo(new XmlRpcResponse.Fault(10, "BAD_NAME: primary:nope"));
    assertThat(SupervisorFault.of(10)).isEqualTo(SupervisorFault.BAD_NAME);
    assertThat(SupervisorFault.BAD_NAME.explain("BAD_NAME: primary:nope"))
        .isEqualTo("supervisord has no such process or group (BAD_NAME: primary:nope)");
    assertThat(SupervisorFault.of(12345)).isEqualTo(SupervisorFault.UNKNOWN);
  }

  @Test
  void encodesACallWithEscapedStringsAndNestedValues() {
    Map<String, Object> struct = new LinkedHashMap<>();
    struct.put("k<", List.of(1, false));
    byte[] call = XmlRpcWriter.call("supervisor.startProcess", List.of("a<b&c>", true, 7, struct));

    assertThat(new String(call, StandardCharsets.UTF_8))
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<methodCall>"
                + "<methodName>supervisor.startProcess</methodName><params>"
                + "<param><value><string>a&lt;b&amp;c&gt;</string></value></param>"
                + "<param><value><boolean>1</boolean></value></param>"
                + "<param><value><int>7</int></value></param>"
                + "<param><value><struct><member><name>k&lt;</name><value><array><data>"
                + "<value><int>1</int></value><value><boolean>0</boolean></value>"
                + "</data></array></value></member></struct></value></param>"
                + "</params></methodCall>\n");
  }

  @Test
  void encodedStringsReadBackUnchanged() throws Exception {
    String text = "é ünïcødé 🚀 <tag> & \"quotes\" 'single' \r\n\ttabs";
    String call = new String(XmlRpcWriter.call("m", List.of(text)), StandardCharsets.UTF_8);
    String value = call.substring(call.indexOf("<value>"), call.lastIndexOf("</value>") + 8);
    String response =
        "<methodResponse><params><param>" + value + "</param></params></methodResponse>";

    assertThat(XmlRpcReader.response(bytes(response))).isEqualTo(new XmlRpcResponse.Value(text));
  }

  @Test
  void refusesWhatXmlCannotCarryAndTypesItDoesNotKnow() {
    assertThatThrownBy(() -> XmlRpcWriter.call("m", List.of("bell\u0007")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("U+7");
    assertThatThrownBy(() -> XmlRpcWriter.call("m", List.of(42L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Long");
    assertThatThrownBy(() -> XmlRpcWriter.call("m<x>", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsATerminalColourCodeThatPythonLeavesUnescaped() throws Exception {
    String response =
        "<methodResponse><params><param><value><string>\u001b[31mred\u001b[0m</string></value>"
            + "</param></params></methodResponse>";

    assertThat(XmlRpcReader.response(bytes(response)))
        .isEqualTo(new XmlRpcResponse.Value("\uFFFD[31mred\uFFFD[0m"));
  }

  @Test
  void refusesADocumentWithAnExternalEntity() {
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE methodResponse [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <methodResponse><params><param><value><string>&secret;</string></value></param>\
        </params></methodResponse>
        """;

    assertThatThrownBy(() -> XmlRpcReader.response(bytes(xxe)))
        .isInstanceOf(XmlRpcException.class)
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("root:");
  }

  @Test
  void refusesEntityExpansionBombs() {
    String laughs =
        """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
         <!ENTITY lol "lol">
         <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
         <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
        ]>
        <methodResponse><params><param><value><string>&lol3;</string></value></param>\
        </params></methodResponse>
        """;

    assertThatThrownBy(() -> XmlRpcReader.response(bytes(laughs)))
        .isInstanceOf(XmlRpcException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void refusesMalformedOrUnexpectedDocuments() {
    for (String bad :
        List.of(
            "not xml at all",
            "<methodResponse><params><param><value><string>open",
            "<methodCall><methodName>x</methodName></methodCall>",
            "<methodResponse><params><param><value><base64>eA==</base64></value></param>"
                + "</params></methodResponse>",
            "<methodResponse><params><param><value><int>12x</int></value></param>"
                + "</params></methodResponse>",
            "<methodResponse><fault><value><struct></struct></value></fault></methodResponse>",
            "<methodResponse></methodResponse>")) {
      assertThatThrownBy(() -> XmlRpcReader.response(bytes(bad)))
          .as(bad)
          .isInstanceOf(XmlRpcException.class);
    }
  }

  private static byte[] bytes(String text) {
    return text.strip().getBytes(StandardCharsets.UTF_8);
  }
}
