package org.autodiffbench.harness.check;

/** One-line descriptions of what went wrong in a cell, as results record them. */
public final class Failures {

    private static final String UNCAUGHT = "Exception in thread \"";
    private static final String OOM_EXIT = "Terminating due to ";
    private static final String CAUSE = "Caused by: ";

    private Failures() {
    }

    /** {@code SimpleName: message} on one line, e.g. {@code IllegalStateException: tape overflow}. */
    public static String describe(Throwable t) {
        String message = t.getMessage() == null ? "" : ": " + t.getMessage();
        return oneLine(t.getClass().getSimpleName() + message);
    }

    /**
     * A JVM's last line on stderr as a reason: {@code Exception in thread "main" java.lang.OutOfMemoryError: Java
     * heap space} and {@code Terminating due to java.lang.OutOfMemoryError: Java heap space} both become
     * {@code OutOfMemoryError: Java heap space}; so does a stack trace's {@code Caused by: …} line.
     */
    public static String fromStderrLine(String line) {
        String s = line.strip();
        if (s.startsWith(UNCAUGHT)) {
            int end = s.indexOf("\" ", UNCAUGHT.length());
            s = end < 0 ? s : s.substring(end + 2);
        } else if (s.startsWith(OOM_EXIT)) {
            s = s.substring(OOM_EXIT.length());
        } else if (s.startsWith(CAUSE)) {
            s = s.substring(CAUSE.length());
        }
        int colon = s.indexOf(':');
        String className = colon < 0 ? s : s.substring(0, colon);
        if (className.matches("([\\w$]+\\.)+[\\w$]+")) {
            s = className.substring(className.lastIndexOf('.') + 1) + (colon < 0 ? "" : s.substring(colon));
        }
        return oneLine(s);
    }

    public static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
