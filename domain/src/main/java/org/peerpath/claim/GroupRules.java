package org.peerpath.claim;

import static org.peerpath.shared.Dates.plain;

import java.util.ArrayList;
import java.util.List;
import org.peerpath.county.CountySettings;
import org.peerpath.member.Member;
import org.peerpath.service.GroupSession;

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
            return List.of(Finding.block("GRP-1", "The group session of this service is not on record"));
        }
        List<Finding> findings = new ArrayList<>();
        // GRP-1: the session yields a service only for each of its attendees, on the day it met
        Member member = c.facts().member();
        if (group.attendees().stream().noneMatch(a -> a.member().equals(member.id()))) {
            findings.add(Finding.block("GRP-1", member.name().fullName() + " is not listed as attending this group"));
        }
        // GRP-1: the lead renders the lines, or each co-facilitator where the county says so
        if (!group.mayRender(c.peer(), settings.coFacilitatorClaiming())) {
            findings.add(Finding.block(
                    "GRP-1",
                    switch (settings.coFacilitatorClaiming()) {
                        case LEAD_ONLY -> "Only the lead facilitator claims this group's lines in your county";
                        case EACH_PEER -> "You are not listed as a facilitator of this group";
                    }));
        }
        if (!group.date().equals(c.dateOfService())) {
            findings.add(Finding.block(
                    "GRP-1", "This group met on " + plain(group.date()) + ", not on the date of service"));
        }
        // GRP-3: group size limits
        if (!settings.isGroupSizeAllowed(group.size())) {
            findings.add(Finding.block(
                    "GRP-3",
                    "This group had " + group.size() + " attendees; groups are " + settings.groupSizeMin() + " to "
                            + settings.groupSizeMax()));
        }
        return findings;
    }
}
