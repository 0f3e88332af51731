package org.autodiffbench.results;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Jackson found wrong with a JSON file, in the file's terms and on one line: where it is
 * when Jackson knows (a mapping from a parsed tree knows no line and reports line -1), and what
 * it is, without Java class names or the text of a NullPointerException thrown by a record's
 * constructor.
 */
public final class JsonProblemText {

    /** A location inside a message: {@code [Source: …; line: 3, column: 7]} or {@code [Source: UNKNOWN; …]}. */
    private static final Pattern SOURCE = Pattern.compile("\\s*(?:at )?\\[Source: [^\\]]*?(?:; line: (-?\\d+), column: (-?\\d+))?]");

    /** The name of the Jackson setting behind a limit, e.g. {@code , from `StreamReadConstraints.getMaxNestingDepth()`}. */
    private static final Pattern SETTING = Pattern.compile(", from `[^`]*`");

    private JsonProblemText() {
    }

    /** {@code " at line 3, column 7"}, or nothing when the line is not known. */
    public static String location(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /**
     * What is wrong: a null or missing value where one is needed, a value of the wrong type at
     * its JSON path (e.g. {@code cells[0].id}), or the message without its locations. Takes
     * any exception met while reading, as reading a file also runs the records' constructors.
     */
    public static String reason(Exception e) {
        String path = e instanceof JsonMappingException mapping ? path(mapping) : "";
        String in = path.isEmpty() ? "" : " in " + path;
        if (causedByNull(e)) {
            return "a value it needs is missing or null" + in;
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "a value" + in + " has the wrong type; a " + mismatch.getTargetType().getSimpleName()
                    + " is needed there";
        }
        return withoutSources(e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage());
    }

    private static boolean causedByNull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NullPointerException) {
                return true;
            }
        }
        return false;
    }

    /** {@code cells[0].spec}: the fields and indexes Jackson went through. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * The message on one line, each inner location shortened to "at line 1, column 7" or dropped
     * when unknown, and the names of Jackson's settings left out.
     */
    private static String withoutSources(String message) {
        String oneLine = SETTING.matcher(String.valueOf(message).strip().replaceAll("\\s*\\R\\s*", " ")).replaceAll("");
        Matcher m = SOURCE.matcher(oneLine);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            boolean known = m.group(1) != null && Integer.parseInt(m.group(1)) >= 1;
            m.appendReplacement(text, known ? " at line " + m.group(1) + ", column " + m.group(2) : "");
        }
        m.appendTail(text);
        return text.toString();
    }
}
