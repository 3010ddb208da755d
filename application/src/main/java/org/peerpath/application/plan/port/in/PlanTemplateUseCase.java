package org.peerpath.application.plan.port.in;

import org.peerpath.application.shared.Actor;

/** POC-6: the county's Plan of Care narrative template, read by plan writers and admins, changed by admins. */
public interface PlanTemplateUseCase {

    /** The template in use: the stored one, or the Santa Cruz template when none is stored. */
    PlanTemplate current(Actor actor);

    /**
     * Stores the new template text.
     *
     * @throws PlanRefusedException with words at the field when the text is empty or too long
     * @throws org.peerpath.application.shared.ConcurrentChangeException when someone saved it since it was read
     */
    void save(SavePlanTemplateCommand command);

    /** Puts the Santa Cruz template back, over the version read. */
    void restoreDefault(Actor actor, long seenVersion);
}
