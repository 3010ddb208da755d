package org.peerpath.application.screening.port.in;

import org.peerpath.application.shared.Actor;

/** Reads of exclusion screening (SCR-1..3). */
public interface ScreeningQueries {

    /** ADMIN: the cadence and next due date, the latest runs, open review tasks and confirmed exclusions. */
    ScreeningOverview overview(Actor actor);
}
