package org.peerpath.application.member.port.out;

import java.util.Optional;
import org.peerpath.member.Cin;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;

/** Out port: where members are kept. */
public interface MemberRepository {

    Optional<Member> findById(MemberId id);

    boolean existsByCin(Cin cin);

    /** Inserts a new member or updates a stored one; a stale version is refused. */
    void save(Member member);
}
