package org.peerpath.application.member;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.member.port.in.DuplicateCinException;
import org.peerpath.application.member.port.in.EnrollMemberCommand;
import org.peerpath.application.member.port.in.EnrollMemberUseCase;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.shared.Clocks;
import org.peerpath.member.Cin;
import org.peerpath.member.Language;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.member.PersonName;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class EnrollMemberService implements EnrollMemberUseCase {

    private final MemberRepository members;
    private final AuditTrail audit;
    private final Clock clock;

    EnrollMemberService(MemberRepository members, AuditTrail audit, Clock clock) {
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @RolesAllowed({Role.STAFF_ROLE, Role.ADMIN_ROLE})
    public MemberId enroll(EnrollMemberCommand command) {
        Member member = Member.enroll(
                new PersonName(command.givenName(), command.familyName()),
                command.dateOfBirth(),
                new Cin(command.cin()),
                command.county(),
                command.deliverySystems(),
                new Language(command.preferredLanguage()),
                Clocks.today(clock));
        if (members.existsByCin(member.cin())) {
            throw new DuplicateCinException(member.cin());
        }
        members.save(member);
        audit.record(new AuditEvent(
                clock.instant(),
                command.actor().id(),
                command.actor().username(),
                AuditAction.MEMBER_ENROLLED,
                member.id(),
                "enrolled"));
        return member.id();
    }
}
