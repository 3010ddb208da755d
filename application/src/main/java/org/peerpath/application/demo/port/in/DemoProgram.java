package org.peerpath.application.demo.port.in;

import java.util.List;

/**
 * Inbound port: a fictional county program to try PeerPath with: three peers, two supervisors, a BHP, front desk and
 * an admin, and 40 members. Every name is made up.
 */
public interface DemoProgram {

    /** Loads the demo program when nobody has an account yet; returns whether it did. */
    boolean loadIntoEmptyDatabase();

    /** The demo accounts, to print at start so that a newcomer can try each role. */
    List<DemoSignIn> signIns();
}
