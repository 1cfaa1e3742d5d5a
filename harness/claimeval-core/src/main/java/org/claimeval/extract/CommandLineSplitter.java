package org.claimeval.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into argv the way a POSIX shell would, but without running one: no variables, globs,
 * pipes or redirections, so {@code --extractor-cmd} cannot smuggle in shell syntax.
 *
 * <ul>
 *   <li>unquoted whitespace separates arguments;</li>
 *   <li>{@code '...'} is literal, backslashes included;</li>
 *   <li>{@code "..."} is literal except that a backslash escapes {@code "} and {@code \};</li>
 *   <li>outside quotes a backslash makes the next character literal;</li>
 *   <li>{@code ''} and {@code ""} give an empty argument.</li>
 * </ul>
 */
public final class CommandLineSplitter {
    private CommandLineSplitter() {
    }

    /** @throws IllegalArgumentException on an unterminated quote, a trailing backslash or an empty command */
    public static List<String> split(String commandLine) {
        List<String> argv = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        // True once the current argument has begun, even if it is still empty (as with '').
        boolean inArgument = false;
        int i = 0;
        int n = commandLine.length();
        while (i < n) {
            char c = commandLine.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inArgument) {
                    argv.add(current.toString());
                    current.setLength(0);
                    inArgument = false;
                }
                i++;
            } else if (c == '\'') {
                int close = commandLine.indexOf('\'', i + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("unterminated single quote at position " + i + " in: " + commandLine);
                }
                current.append(commandLine, i + 1, close);
                inArgument = true;
                i = close + 1;
            } else if (c == '"') {
                i = readDoubleQuoted(commandLine, i, current);
                inArgument = true;
            } else if (c == '\\') {
                if (i + 1 >= n) {
                    throw new IllegalArgumentException("trailing backslash in: " + commandLine);
                }
                current.append(commandLine.charAt(i + 1));
                inArgument = true;
                i += 2;
            } else {
                current.append(c);
                inArgument = true;
                i++;
            }
        }
        if (inArgument) {
            argv.add(current.toString());
        }
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
        return List.copyOf(argv);
    }

    /** Appends the content of the double-quoted string opening at {@code open}; returns the index after it. */
    private static int readDoubleQuoted(String s, int open, StringBuilder out) {
        int i = open + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == '"' || s.charAt(i + 1) == '\\')) {
                out.append(s.charAt(i + 1));
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        throw new IllegalArgumentException("unterminated double quote at position " + open + " in: " + s);
    }
}
