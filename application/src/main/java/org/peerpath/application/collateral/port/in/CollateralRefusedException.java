package org.peerpath.application.collateral.port.in;

import java.util.Map;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.FieldProblem;

/** A change to a collateral that the rules refuse, named at the field it concerns. */
public final class CollateralRefusedException extends DomainException implements FieldProblem {

    /** CONF-1: authorizations and consents are recorded by the care team or an admin, never by front desk. */
    public static final String CARE_TEAM_ONLY = "collateral.refused.care-team-only";
    /** COL-3: front desk changes only a contact whose details it may see. */
    public static final String NOT_AUTHORIZED_TO_SHARE = "collateral.refused.not-authorized-to-share";

    public static final String ALREADY_REVOKED = "collateral.refused.already-revoked";
    public static final String NO_SUCH_AUTHORIZATION = "collateral.refused.no-such-authorization";
    public static final String CONSENT_ALREADY_REVOKED = "collateral.refused.consent-already-revoked";
    public static final String NO_SUCH_CONSENT = "collateral.refused.no-such-consent";
    /** CONF-3: a Part 2 consent is for a member in DMC or DMC-ODS. */
    public static final String NOT_A_PART2_MEMBER = "collateral.refused.not-part-2-member";

    public static final String ALREADY_ENDED = "collateral.refused.already-ended";

    private final String field;

    public CollateralRefusedException(String code, String field) {
        super(code, Map.of());
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
