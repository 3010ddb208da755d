package org.peerpath.application.recommendation.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.member.MemberId;

/** DIR-3: the recommendation {@code key} of the member ends on {@code endsOn}, over the {@code seenVersion}. */
public record EndRecommendationCommand(
        Actor actor, MemberId member, String key, @Nullable LocalDate endsOn, long seenVersion) {}
