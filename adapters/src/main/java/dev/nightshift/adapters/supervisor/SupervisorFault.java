package dev.nightshift.adapters.supervisor;

import java.util.Arrays;

/** supervisord's XML-RPC fault codes ({@code supervisor.xmlrpc.Faults}) and what each means. */
enum SupervisorFault {
  UNKNOWN_METHOD(1, "supervisord does not offer this method (is its rpcinterface configured?)"),
  INCORRECT_PARAMETERS(2, "supervisord rejected the parameters"),
  BAD_ARGUMENTS(3, "supervisord rejected the arguments"),
  SIGNATURE_UNSUPPORTED(4, "supervisord does not support this signature"),
  SHUTDOWN_STATE(6, "supervisord is shutting down"),
  BAD_NAME(10, "supervisord has no such process or group"),
  BAD_SIGNAL(11, "supervisord does not know the signal"),
  NO_FILE(20, "the program's command does not exist"),
  NOT_EXECUTABLE(21, "the program's command is not executable"),
  FAILED(30, "supervisord could not carry it out"),
  ABNORMAL_TERMINATION(40, "the process exited before it counted as started"),
  SPAWN_ERROR(50, "the process failed to start"),
  ALREADY_STARTED(60, "the process is already started"),
  NOT_RUNNING(70, "the process is not running"),
  SUCCESS(80, "done"),
  ALREADY_ADDED(90, "the group is already added"),
  STILL_RUNNING(91, "the process is still running"),
  CANT_REREAD(92, "supervisord cannot reread its configuration"),
  UNKNOWN(-1, "supervisord raised a fault this adapter does not know");

  private final int code;
  private final String meaning;

  SupervisorFault(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  static SupervisorFault of(int code) {
    return Arrays.stream(values()).filter(f -> f.code == code).findFirst().orElse(UNKNOWN);
  }

  int code() {
    return code;
  }

  /** A sentence for a report, e.g. "supervisord has no such process or group (BAD_NAME: x)". */
  String explain(String faultString) {
    return meaning + " (" + (faultString.isBlank() ? name() + " " + code : faultString) + ")";
  }

  /**
   * Whether asking again later may succeed: a server shutting down, or a process that crashed while
   * starting (supervisord reports "Exited too quickly" as SPAWN_ERROR), often because something it
   * needs is down; a missing or non-executable command will not fix itself.
   */
  boolean retryable() {
    return switch (this) {
      case SHUTDOWN_STATE, FAILED, ABNORMAL_TERMINATION, SPAWN_ERROR, STILL_RUNNING, UNKNOWN ->
          true;
      default -> false;
    };
  }
}
