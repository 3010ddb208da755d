package org.peerpath.application.county.port.in;

/**
 * Changes one county setting; the catalogue's limits refuse a value that would loosen a state rule (CERT-5, CERT-10,
 * SUP-3, SVC-3, SVC-8, SVC-10, POC-2, GOAL-1, GRP-1..3, SCR-1, CTY-3..5).
 */
public interface ChangeCountySettingUseCase {

    /** @throws org.peerpath.shared.InvalidValueException naming the setting's field when the value is out of bounds */
    void change(ChangeCountySettingCommand command);
}
