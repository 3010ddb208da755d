package org.peerpath.application.screening.port.in;

import java.util.Map;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.FieldProblem;

/**
 * An uploaded list file refused as a whole (SCR-3): nothing of it is imported. The code is a key of the screening
 * bundle; a malformed file names its first bad line ({@code line}).
 */
public final class ScreeningFileException extends DomainException implements FieldProblem {

    public static final String UNKNOWN_FORMAT = "screening.file.unknown-format";
    public static final String NO_ROWS = "screening.file.no-rows";
    public static final String COLUMN_COUNT = "screening.file.bad-line.columns";
    public static final String OPEN_QUOTE = "screening.file.bad-line.quote";
    public static final String BAD_DATE = "screening.file.bad-line.date";
    public static final String BAD_NPI = "screening.file.bad-line.npi";
    public static final String UNREADABLE = "screening.file.unreadable";

    public ScreeningFileException(String code, Map<String, ?> args) {
        super(code, args);
    }

    /** The first bad line, when the file was refused for one. */
    public long line() {
        Object line = args().get("line");
        return line instanceof Number n ? n.longValue() : 0;
    }

    @Override
    public String field() {
        return "file";
    }
}
