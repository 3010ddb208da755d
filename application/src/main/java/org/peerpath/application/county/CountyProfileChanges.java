package org.peerpath.application.county;

import java.time.Clock;
import java.util.function.UnaryOperator;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.county.port.in.CountyProfileMissingException;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.county.CountyPolicyProfile;

/**
 * What every change of the county profile does: refuse a change made on a stale screen, let the domain decide,
 * store, and audit who changed what.
 */
abstract class CountyProfileChanges {

    static final String RECORD = "county profile";

    private final CountyProfileRepository profiles;
    private final AuditTrail audit;
    private final Clock clock;

    CountyProfileChanges(CountyProfileRepository profiles, AuditTrail audit, Clock clock) {
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
    }

    final CountyPolicyProfile current() {
        return profiles.find().orElseThrow(CountyProfileMissingException::new);
    }

    final void change(
            Actor actor, long seenVersion, AuditAction action, String detail, UnaryOperator<CountyPolicyProfile> how) {
        CountyPolicyProfile profile = current();
        if (profile.version() != seenVersion) {
            throw new ConcurrentChangeException(RECORD);
        }
        profiles.save(how.apply(profile));
        audit.record(new AuditEvent(clock.instant(), actor.id(), actor.username(), action, null, detail));
    }
}
