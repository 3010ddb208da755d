package org.peerpath.application.workqueue.port.in;

import org.peerpath.application.shared.Actor;

/**
 * The peer's home (issue H.5): what waits for them today across their own caseload only (MEM-3). Every member shown is
 * audited (CONF-4).
 */
public interface WorkQueueQuery {

    /** How many days without a service or goal progress make a member or goal need a look. */
    int QUIET_DAYS = 30;

    WorkQueue queue(Actor peer);
}
