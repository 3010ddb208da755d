package org.peerpath.claim;

import static org.peerpath.shared.Dates.plain;

import java.util.List;
import org.peerpath.member.Member;

/** MEM-2: a member under 21 is flagged EPSDT; informational only, never a refusal for age. */
final class MemberRules implements RuleGroup {

    @Override
    public List<Finding> evaluate(ClaimContext c) {
        Member member = c.facts().member();
        if (!member.isEpsdtOn(c.dateOfService())) {
            return List.of();
        }
        return List.of(Finding.warn(
                "MEM-2",
                member.name().fullName() + " is under 21 on " + plain(c.dateOfService())
                        + " (EPSDT): needed peer services are never refused for age"));
    }
}
