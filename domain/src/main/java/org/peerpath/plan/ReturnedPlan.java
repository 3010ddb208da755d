package org.peerpath.plan;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Field;
import org.peerpath.shared.Text;

/** POC-4: a signed plan the supervisor sent back to its author with a comment; it can change and be signed again. */
public record ReturnedPlan(PlanContent content, SignOff returnedBy, String comment) implements EditablePlan {

    public ReturnedPlan(PlanContent content, SignOff returnedBy, @Nullable String comment) {
        this.content = Objects.requireNonNull(content, "content");
        this.returnedBy = Objects.requireNonNull(returnedBy, "returnedBy");
        this.comment = Text.required(Field.RETURN_COMMENT, comment, 2000);
    }

    @Override
    public ReturnedPlan with(PlanContent newContent) {
        return new ReturnedPlan(newContent, returnedBy, comment);
    }

    @Override
    public PlanStatus status() {
        return PlanStatus.RETURNED;
    }
}
