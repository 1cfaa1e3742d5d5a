package org.claimeval.cli;

/** Entry point of claimeval.jar (placeholder until the CLI lands). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("claimeval");
    }
}
