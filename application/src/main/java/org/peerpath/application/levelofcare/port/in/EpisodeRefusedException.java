package org.peerpath.application.levelofcare.port.in;

import java.util.Map;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.FieldProblem;

/** An episode change that the member's other episodes do not allow (LOC-1, LOC-3), named at its field. */
public final class EpisodeRefusedException extends DomainException implements FieldProblem {

    private final String field;

    private EpisodeRefusedException(String code, String field) {
        super(code, Map.of());
        this.field = field;
    }

    /** Two episodes under one delivery system on the same day would make LOC-2 ambiguous. */
    public static EpisodeRefusedException overlaps() {
        return new EpisodeRefusedException("episodes.refused.overlap", "startsOn");
    }

    /** Closing or moving on needs an open episode under that delivery system. */
    public static EpisodeRefusedException noOpenEpisode() {
        return new EpisodeRefusedException("episodes.refused.no-open-episode", "deliverySystem");
    }

    @Override
    public String field() {
        return field;
    }
}
