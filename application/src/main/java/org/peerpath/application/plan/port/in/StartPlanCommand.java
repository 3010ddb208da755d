package org.peerpath.application.plan.port.in;

import java.util.Objects;
import org.peerpath.application.shared.Actor;
import org.peerpath.member.MemberId;

/** POC-2, POC-3: start version 1 of the member's Plan of Care, its narrative prefilled from the template (POC-6). */
public record StartPlanCommand(Actor actor, MemberId member) {

    public StartPlanCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(member, "member");
    }
}
