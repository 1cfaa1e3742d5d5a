package org.claimeval.reliability;

import java.io.PrintWriter;
import org.claimeval.cli.Main;

/** Runs several claimeval command lines (separated by {@code ;}) in one JVM and prints each exit code. */
public final class NetworkProbe {
    private NetworkProbe() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("--self-test")) {
            // Proves the guard is active: this attempt must be seen (and refused) whatever catches the exception.
            try (var in = new java.net.URL("http://127.0.0.1:9/").openStream()) {
                System.out.println("connected?!");
            } catch (Exception e) {
                System.out.println("refused: " + e.getClass().getSimpleName());
            }
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        java.util.List<String> line = new java.util.ArrayList<>();
        for (int i = 0; i <= args.length; i++) {
            if (i == args.length || args[i].equals(";")) {
                int exit = Main.run(line.toArray(String[]::new), new PrintWriter(new java.io.StringWriter()), err);
                out.println("exit " + exit + ": " + String.join(" ", line));
                line.clear();
            } else {
                line.add(args[i]);
            }
        }
    }
}
