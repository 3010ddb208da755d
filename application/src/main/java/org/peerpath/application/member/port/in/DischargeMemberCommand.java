package org.peerpath.application.member.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.member.MemberId;

/** The member leaves the program on {@code dischargedOn} for {@code reason}, over the {@code version} seen. */
public record DischargeMemberCommand(
        Actor actor,
        MemberId member,
        @Nullable LocalDate dischargedOn,
        @Nullable String reason,
        long version) {}
