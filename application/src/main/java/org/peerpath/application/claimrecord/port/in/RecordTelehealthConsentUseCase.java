package org.peerpath.application.claimrecord.port.in;

import java.util.UUID;

/** SVC-5: the care team records a member's telehealth consent. */
public interface RecordTelehealthConsentUseCase {

    UUID record(RecordTelehealthConsentCommand command);
}
