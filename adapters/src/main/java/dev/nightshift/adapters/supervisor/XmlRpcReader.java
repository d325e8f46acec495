package dev.nightshift.adapters.supervisor;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Decodes an XML-RPC {@code methodResponse} with the JDK's parser, refusing any DTD so that no
 * entity can be expanded or fetched.
 */
final class XmlRpcReader {

  private XmlRpcReader() {}

  static XmlRpcResponse response(byte[] body) throws XmlRpcException {
    Element root = parse(body).getDocumentElement();
    if (!root.getTagName().equals("methodResponse")) {
      throw new XmlRpcException("expected <methodResponse>, got <" + root.getTagName() + ">");
    }
    Element first = only(root, "methodResponse");
    return switch (first.getTagName()) {
      case "params" ->
          new XmlRpcResponse.Value(value(expect(only(only(first, "params"), "param"), "value")));
      case "fault" -> fault(value(expect(only(first, "fault"), "value")));
      default -> throw new XmlRpcException("unexpected <" + first.getTagName() + "> in response");
    };
  }

  /** Whether XML 1.0 can carry the code point at all, even as a character reference. */
  static boolean isXmlChar(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private static XmlRpcResponse fault(Object value) throws XmlRpcException {
    if (value instanceof Map<?, ?> struct
        && struct.get("faultCode") instanceof Integer code
        && struct.get("faultString") instanceof String message) {
      return new XmlRpcResponse.Fault(code, message);
    }
    throw new XmlRpcException("a fault needs an int faultCode and a string faultString");
  }

  private static Object value(Element value) throws XmlRpcException {
    List<Element> typed = children(value);
    if (typed.isEmpty()) {
      return value.getTextContent(); // an untyped value is a string
    }
    Element type = only(value, "value");
    String text = type.getTextContent();
    return switch (type.getTagName()) {
      case "string" -> text;
      case "int", "i4" -> integer(text);
      case "boolean" -> bool(text);
      case "double" -> number(text);
      case "array" -> array(only(type, "array"));
      case "struct" -> struct(type);
      default -> throw new XmlRpcException("unsupported XML-RPC type <" + type.getTagName() + ">");
    };
  }

  private static List<Object> array(Element data) throws XmlRpcException {
    if (!data.getTagName().equals("data")) {
      throw new XmlRpcException("an <array> holds <data>, not <" + data.getTagName() + ">");
    }
    List<Object> items = new ArrayList<>();
    for (Element item : children(data)) {
      items.add(value(expect(item, "value")));
    }
    return items;
  }

  private static Map<String, Object> struct(Element struct) throws XmlRpcException {
    Map<String, Object> members = new LinkedHashMap<>();
    for (Element member : children(struct)) {
      expect(member, "member");
      List<Element> parts = children(member);
      if (parts.size() != 2) {
        throw new XmlRpcException("a <member> holds a <name> and a <value>");
      }
      members.put(
          expect(parts.get(0), "name").getTextContent(), value(expect(parts.get(1), "value")));
    }
    return members;
  }

  private static Integer integer(String text) throws XmlRpcException {
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new XmlRpcException("not an XML-RPC int: '" + text + "'", e);
    }
  }

  private static Double number(String text) throws XmlRpcException {
    try {
      return Double.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new XmlRpcException("not an XML-RPC double: '" + text + "'", e);
    }
  }

  private static Boolean bool(String text) throws XmlRpcException {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "1", "true" -> true;
      case "0", "false" -> false;
      default -> throw new XmlRpcException("not an XML-RPC boolean: '" + text + "'");
    };
  }

  private static Element only(Element parent, String name) throws XmlRpcException {
    List<Element> children = children(parent);
    if (children.size() != 1) {
      throw new XmlRpcException("<" + name + "> must hold exactly one element");
    }
    return children.getFirst();
  }

  private static Element expect(Element element, String name) throws XmlRpcException {
    if (!element.getTagName().equals(name)) {
      throw new XmlRpcException("expected <" + name + ">, got <" + element.getTagName() + ">");
    }
    return element;
  }

  private static List<Element> children(Element parent) {
    List<Element> elements = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        elements.add(e);
      }
    }
    return elements;
  }

  private static Document parse(byte[] body) throws XmlRpcException {
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setErrorHandler(SILENT);
      return builder.parse(new InputSource(new StringReader(sanitized(body))));
    } catch (SAXException | IOException e) {
      throw new XmlRpcException("not a well-formed XML-RPC response: " + e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser refused a security setting", e);
    }
  }

  /**
   * Python's XML-RPC marshaller escapes only markup, so a log tail with a terminal colour code is
   * not well-formed XML; such characters become U+FFFD instead of failing the whole answer.
   */
  private static String sanitized(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    if (text.codePoints().allMatch(XmlRpcReader::isXmlChar)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(isXmlChar(c) ? c : 0xFFFD));
    return out.toString();
  }

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    factory.setNamespaceAware(false);
    return factory;
  }

  /** The parser reports through exceptions; its default handler would also print to stderr. */
  private static final ErrorHandler SILENT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXParseException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
          throw e;
        }
      };
}
