package org.peerpath.application.workforce.port.in;

/** ADMIN: records a person's NPI (RPT-2), program site (CTY-5), start date and date of birth (SCR-1). */
public interface ChangeStaffRecordUseCase {

    void change(ChangeStaffRecordCommand command);
}
