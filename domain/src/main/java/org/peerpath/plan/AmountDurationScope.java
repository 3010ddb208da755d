package org.peerpath.plan;

import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Field;
import org.peerpath.shared.Text;

/** POC-6: how much peer support, for how long and of what kind, e.g. "up to 4 units a week", "6 months". */
public record AmountDurationScope(String amount, String duration, String scope) {

    public AmountDurationScope(@Nullable String amount, @Nullable String duration, @Nullable String scope) {
        this.amount = Text.required(Field.AMOUNT, amount, 200);
        this.duration = Text.required(Field.DURATION, duration, 200);
        this.scope = Text.required(Field.SCOPE, scope, 1000);
    }
}
