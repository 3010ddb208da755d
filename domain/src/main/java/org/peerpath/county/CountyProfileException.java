package org.peerpath.county;

import org.peerpath.shared.DomainException;

/** A county profile change the rules forbid. */
public abstract sealed class CountyProfileException extends DomainException {

    CountyProfileException(String code, String message) {
        super(code, message);
    }

    /** A county may add requirements on top of the state rules, never remove one; {@link #ruleId()} names it. */
    public static final class StateRuleCannotBeRemoved extends CountyProfileException {
        private final String ruleId;

        StateRuleCannotBeRemoved(String ruleId, String message) {
            super("county.state-rule-cannot-be-removed", message);
            this.ruleId = ruleId;
        }

        public String ruleId() {
            return ruleId;
        }
    }

    /** CTY-2: rates only exist under delivery systems the county opted into. */
    public static final class NotOptedIn extends CountyProfileException {
        NotOptedIn(String message) {
            super("county.not-opted-in", message);
        }
    }
}
