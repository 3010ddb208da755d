package org.peerpath.application.plan.port.out;

import java.util.List;
import org.peerpath.goal.ProgressEntry;
import org.peerpath.member.MemberId;

/** Out port: progress entries of a member's goals (GOAL-2), append-only; a goal keeps its ID across plan versions. */
public interface ProgressRepository {

    /** Every entry of the member's goals, oldest first. */
    List<ProgressEntry> progressOf(MemberId member);

    void add(MemberId member, ProgressEntry entry);
}
