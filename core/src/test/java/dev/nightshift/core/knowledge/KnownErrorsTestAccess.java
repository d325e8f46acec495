package dev.nightshift.core.knowledge;

/** Lets tests of other packages build the known error of {@link KnownErrorsTest}. */
public final class KnownErrorsTestAccess {

  public static KnownError error() {
    return KnownErrorsTest.error("ke-001", "configured");
  }

  private KnownErrorsTestAccess() {}
}
