package org.peerpath.application.staff.port.in;

/**
 * An admin edits an account's name and roles, disables it (its open sessions end at once) or enables it again.
 * An admin can neither disable their own account nor take away their own ADMIN role.
 */
public interface ChangeStaffAccountUseCase {

    void change(ChangeStaffAccountCommand command);
}
