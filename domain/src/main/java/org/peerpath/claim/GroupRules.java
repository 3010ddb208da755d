package org.peerpath.claim;

import java.util.List;
import org.peerpath.county.CountySettings;
import org.peerpath.service.GroupSession;

/** GRP-1, GRP-3: a group service comes from a recorded session of an allowed size. */
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
        // GRP-3: group size limits
        if (!settings.isGroupSizeAllowed(group.size())) {
            return List.of(Finding.block(
                    "GRP-3",
                    "This group had " + group.size() + " attendees; groups are " + settings.groupSizeMin() + " to "
                            + settings.groupSizeMax()));
        }
        return List.of();
    }
}
