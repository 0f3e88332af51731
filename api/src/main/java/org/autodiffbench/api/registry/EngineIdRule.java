package org.autodiffbench.api.registry;

import java.util.regex.Pattern;

/**
 * What an engine or model family id may be: ASCII letters, digits, '.', '_' and '-', and not
 * {@value EngineRegistry#ALL}. Ids go into text tables, progress lines, cell ids (where {@code |} separates the parts) and HTML
 * reports, so any other character could break them.
 */
public final class EngineIdRule {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._-]+");

    private EngineIdRule() {
    }

    /**
     * Why {@code id}, declared by {@code providerClass}, is refused; null when it is allowed.
     *
     * @param noun what the id names, e.g. {@code "engine"}
     * @param providerClass where the id was declared
     */
    public static String refusal(String noun, String id, String providerClass) {
        String quoted = id == null ? "null" : quote(id);
        if (id == null || !ALLOWED.matcher(id).matches()) {
            return noun + " id " + quoted + " from " + providerClass
                    + " is not allowed: use letters, digits, '.', '_' or '-'";
        }
        if (id.equals(EngineRegistry.ALL)) {
            return noun + " id " + quoted + " from " + providerClass
                    + " is not allowed: '" + EngineRegistry.ALL + "' stands for every " + noun + "; choose another id";
        }
        return null;
    }

    /** The id in double quotes, with quotes, backslashes and control characters escaped as in Java. */
    static String quote(String id) {
        StringBuilder s = new StringBuilder("\"");
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                            || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
