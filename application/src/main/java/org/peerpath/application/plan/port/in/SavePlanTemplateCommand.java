package org.peerpath.application.plan.port.in;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;

/** POC-6: the county's new narrative template, saved over the version the admin read ({@code seenVersion}). */
public record SavePlanTemplateCommand(Actor actor, @Nullable String text, long seenVersion) {

    public SavePlanTemplateCommand {
        Objects.requireNonNull(actor, "actor");
    }
}
