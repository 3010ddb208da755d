package org.peerpath.application.plan.port.in;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** POC-4: one step of a version's history: what, by whom (their name), when, and a return's comment. */
public record StepSummary(
        PlanStepKind kind, String by, Instant at, @Nullable String comment) {}
