package org.peerpath.claim;

import java.util.ArrayList;
import java.util.List;
import org.peerpath.county.CountySettings;
import org.peerpath.member.Member;
import org.peerpath.service.GroupSession;
import org.peerpath.shared.Message;

/** GRP-1, GRP-3: a group service comes from a recorded session the member attended, of an allowed size. */
final class GroupRules implements RuleGroup {

    @Override
    public List<Finding> evaluate(ClaimContext c) {
        if (c.service().groupSession() == null) {
            return List.of();
        }
        GroupSession group = c.facts().group();
        CountySettings settings = c.settings();
        // GRP-1: a group service comes from a recorded session
        if (group == null || !group.id().equals(c.service().groupSession())) {
            return List.of(Finding.block("GRP-1", Message.GRP1_NOT_RECORDED));
        }
        List<Finding> findings = new ArrayList<>();
        // GRP-1: the session yields a service only for each of its attendees, on the day it met
        Member member = c.facts().member();
        if (group.attendees().stream().noneMatch(a -> a.member().equals(member.id()))) {
            findings.add(Finding.block(
                    "GRP-1", Message.GRP1_NOT_ATTENDING, member.name().fullName()));
        }
        // GRP-1: the lead renders the lines, or each co-facilitator where the county says so
        if (!group.mayRender(c.peer(), settings.coFacilitatorClaiming())) {
            findings.add(Finding.block(
                    "GRP-1",
                    switch (settings.coFacilitatorClaiming()) {
                        case LEAD_ONLY -> Message.GRP1_LEAD_ONLY;
                        case EACH_PEER -> Message.GRP1_NOT_FACILITATOR;
                    }));
        }
        if (!group.date().equals(c.dateOfService())) {
            findings.add(Finding.block("GRP-1", Message.GRP1_OTHER_DAY, group.date()));
        }
        // GRP-3: group size limits
        if (!settings.isGroupSizeAllowed(group.size())) {
            findings.add(Finding.block(
                    "GRP-3", Message.GRP3_SIZE, group.size(), settings.groupSizeMin(), settings.groupSizeMax()));
        }
        return findings;
    }
}
