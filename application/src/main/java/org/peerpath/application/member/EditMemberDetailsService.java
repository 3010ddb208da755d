package org.peerpath.application.member;

import jakarta.annotation.security.RolesAllowed;
import org.peerpath.application.member.port.in.DuplicateCinException;
import org.peerpath.application.member.port.in.EditMemberDetailsCommand;
import org.peerpath.application.member.port.in.EditMemberDetailsUseCase;
import org.peerpath.member.Cin;
import org.peerpath.member.Language;
import org.peerpath.member.Member;
import org.peerpath.member.MemberContact;
import org.peerpath.member.PersonName;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class EditMemberDetailsService implements EditMemberDetailsUseCase {

    private final MemberDetailsChanges changes;

    EditMemberDetailsService(MemberDetailsChanges changes) {
        this.changes = changes;
    }

    @Override
    @RolesAllowed({Role.STAFF_ROLE, Role.ADMIN_ROLE})
    public void edit(EditMemberDetailsCommand command) {
        Member before = changes.seen(command.actor(), command.member(), command.version());
        // MEM-1: each value checks itself and names its field.
        PersonName name = new PersonName(command.givenName(), command.familyName());
        Cin cin = new Cin(command.cin());
        Language language = new Language(command.preferredLanguage());
        MemberContact contact = new MemberContact(command.phone(), command.address());
        Member after =
                before.correct(name, command.dateOfBirth(), cin, command.county(), language, contact, changes.today());
        if (!cin.equals(before.cin()) && changes.members().existsByCin(cin)) {
            throw new DuplicateCinException(cin);
        }
        changes.save(after);
        changes.recordChange(
                command.actor(), before, after, "given name", m -> m.name().given());
        changes.recordChange(
                command.actor(), before, after, "family name", m -> m.name().family());
        changes.recordChange(command.actor(), before, after, "date of birth", Member::dateOfBirth);
        changes.recordChange(command.actor(), before, after, "CIN", m -> m.cin().value());
        changes.recordChange(command.actor(), before, after, "county", Member::county);
        changes.recordChange(command.actor(), before, after, "preferred language", m -> m.preferredLanguage()
                .name());
        changes.recordChange(
                command.actor(), before, after, "phone", m -> m.contact().phone());
        changes.recordChange(
                command.actor(), before, after, "address", m -> m.contact().address());
    }
}
