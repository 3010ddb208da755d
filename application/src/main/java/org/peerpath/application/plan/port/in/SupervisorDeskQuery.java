package org.peerpath.application.plan.port.in;

import org.peerpath.application.shared.Actor;

/** The supervisor's start page, from the plans of the peers they supervise today only. */
public interface SupervisorDeskQuery {

    /** Days ahead a goal's target date counts as due soon, and days without progress that need a look (GOAL-2). */
    int FOLLOW_UP_DAYS = 30;

    SupervisorDesk desk(Actor actor);
}
