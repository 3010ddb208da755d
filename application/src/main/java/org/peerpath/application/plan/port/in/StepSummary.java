package org.peerpath.application.plan.port.in;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.plan.port.out.PlanStep;

/** POC-4: one step of a version's history: what, by whom (their name), when, and a return's comment. */
public record StepSummary(
        PlanStep.Kind kind, String by, Instant at, @Nullable String comment) {}
