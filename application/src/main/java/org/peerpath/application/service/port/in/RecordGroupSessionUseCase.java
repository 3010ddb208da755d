package org.peerpath.application.service.port.in;

/**
 * GRP-1..3, SVC-8: records a group session once and yields one H0025 service with its note per attendee (and per
 * co-facilitator when the county says EACH_PEER), minutes shared by the county's strategy. Only the lead peer, for
 * members of their care team (MEM-3). Bad input is refused at its field ({@link GroupSessionInvalid}); claim-check
 * findings do not stop the save (CHECK-1).
 */
public interface RecordGroupSessionUseCase {

    GroupSessionRecorded record(RecordGroupSessionCommand command);
}
