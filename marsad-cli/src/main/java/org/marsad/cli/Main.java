package org.marsad.cli;

/** The marsad command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("marsad: not yet wired");
    }
}
