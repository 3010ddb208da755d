package org.peerpath.claim;

import static org.peerpath.shared.Dates.plain;

import java.util.ArrayList;
import java.util.List;
import org.peerpath.county.CountySettings;
import org.peerpath.member.Member;
import org.peerpath.service.GroupSession;

/** GRP-1, GRP-3 for group services; MEM-2 for members under 21; RPT-2 for what the claim line needs. */
final class GroupAndMemberRules implements RuleGroup {

    @Override
    public List<Finding> evaluate(ClaimContext c) {
        List<Finding> findings = new ArrayList<>();
        if (c.service().groupSession() != null) {
            GroupSession group = c.facts().group();
            CountySettings settings = c.settings();
            // GRP-1: a group service comes from a recorded session
            if (group == null || !group.id().equals(c.service().groupSession())) {
                findings.add(Finding.block("GRP-1", "The group session of this service is not on record"));
            } else if (!settings.isGroupSizeAllowed(group.size())) {
                // GRP-3: group size limits
                findings.add(Finding.block(
                        "GRP-3",
                        "This group had " + group.size() + " attendees; groups are " + settings.groupSizeMin() + " to "
                                + settings.groupSizeMax()));
            }
        }
        Member member = c.facts().member();
        // MEM-2: informational only; never a refusal for age
        if (member.isEpsdtOn(c.dateOfService())) {
            findings.add(Finding.warn(
                    "MEM-2",
                    member.name().fullName() + " is under 21 on " + plain(c.dateOfService())
                            + " (EPSDT): needed peer services are never refused for age"));
        }
        // RPT-2: a claim line names the rendering peer's NPI and the member's diagnosis
        if (c.facts().renderingNpi() == null) {
            findings.add(Finding.block("RPT-2", "Your NPI is not on record: claim lines need it"));
        }
        if (c.facts().diagnosis() == null) {
            findings.add(Finding.block("RPT-2", "The member's diagnosis is not on record: claim lines need it"));
        }
        return findings;
    }
}
