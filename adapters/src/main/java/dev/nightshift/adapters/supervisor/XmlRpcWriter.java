package dev.nightshift.adapters.supervisor;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Encodes an XML-RPC {@code methodCall}; parameters are strings, ints, booleans, lists, maps. */
final class XmlRpcWriter {

  private XmlRpcWriter() {}

  static byte[] call(String method, List<?> params) {
    if (!method.matches("[A-Za-z0-9_.:/]+")) {
      throw new IllegalArgumentException("not an XML-RPC method name: " + method);
    }
    StringBuilder out = new StringBuilder(256);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<methodCall><methodName>")
        .append(method)
        .append("</methodName><params>");
    for (Object param : params) {
      out.append("<param>");
      value(out, param);
      out.append("</param>");
    }
    out.append("</params></methodCall>\n");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void value(StringBuilder out, Object value) {
    out.append("<value>");
    switch (value) {
      case String s -> out.append("<string>").append(escape(s)).append("</string>");
      case Integer i -> out.append("<int>").append(i).append("</int>");
      case Boolean b -> out.append("<boolean>").append(b ? '1' : '0').append("</boolean>");
      case List<?> list -> {
        out.append("<array><data>");
        list.forEach(item -> value(out, item));
        out.append("</data></array>");
      }
      case Map<?, ?> map -> {
        out.append("<struct>");
        map.forEach((name, member) -> member(out, name, member));
        out.append("</struct>");
      }
      default ->
          throw new IllegalArgumentException(
              "XML-RPC cannot carry a " + value.getClass().getSimpleName());
    }
    out.append("</value>");
  }

  private static void member(StringBuilder out, Object name, Object value) {
    if (!(name instanceof String text)) {
      throw new IllegalArgumentException("an XML-RPC struct member name must be a string");
    }
    out.append("<member><name>").append(escape(text)).append("</name>");
    value(out, value);
    out.append("</member>");
  }

  /** Escapes markup; characters XML 1.0 cannot carry at all are refused rather than mangled. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(c -> {
          switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '\r' -> out.append("&#13;");
            default -> {
              if (!XmlRpcReader.isXmlChar(c)) {
                throw new IllegalArgumentException(
                    "XML cannot carry the character U+" + Integer.toHexString(c));
              }
              out.appendCodePoint(c);
            }
          }
        });
    return out.toString();
  }
}
