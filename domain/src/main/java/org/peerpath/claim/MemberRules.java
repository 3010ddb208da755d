package org.peerpath.claim;

import java.util.List;
import org.peerpath.member.Member;
import org.peerpath.shared.Message;

/** MEM-2: a member under 21 is flagged EPSDT; informational only, never a refusal for age. */
final class MemberRules implements RuleGroup {

    @Override
    public List<Finding> evaluate(ClaimContext c) {
        Member member = c.facts().member();
        if (!member.isEpsdtOn(c.dateOfService())) {
            return List.of();
        }
        return List.of(Finding.warn("MEM-2", Message.MEM2_EPSDT, member.name().fullName(), c.dateOfService()));
    }
}
