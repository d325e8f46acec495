package dev.nightshift.adapters.supervisor;

/** An XML-RPC document that is malformed, unsafe (a DTD) or uses a type the codec does not read. */
final class XmlRpcException extends Exception {

  private static final long serialVersionUID = 1L;

  XmlRpcException(String message) {
    super(message);
  }

  XmlRpcException(String message, Throwable cause) {
    super(message, cause);
  }
}
