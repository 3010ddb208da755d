package org.peerpath.application.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.screening.port.in.ScreeningFileException;
import org.peerpath.screening.ListEntry;
import org.peerpath.screening.ScreeningList;

/**
 * Reads an uploaded exclusion list (SCR-3) row by row, never holding the file: the header line tells which list it is
 * (OIG LEIE, SAM extract, Medi-Cal Suspended and Ineligible), each row becomes a {@link ListEntry}. The first
 * malformed line stops the read with its line number, so the caller can import nothing. Columns accepted: see the
 * README, section "Exclusion screening".
 */
final class ScreeningFileParser {

    /** The layout of one list: the columns it must have and how its dates are written. */
    enum Format {
        OIG_LEIE(ScreeningList.OIG_LEIE, "yyyyMMdd", "LASTNAME", "FIRSTNAME", "NPI", "DOB", "EXCLDATE"),
        SAM(ScreeningList.SAM, "M/d/uuuu", "CLASSIFICATION", "FIRST", "LAST", "ACTIVE DATE"),
        MEDI_CAL(
                ScreeningList.MEDI_CAL_SUSPENDED_AND_INELIGIBLE,
                "M/d/uuuu",
                "LAST NAME",
                "FIRST NAME",
                "LICENSE NUMBER",
                "DATE OF SUSPENSION");

        final ScreeningList list;
        final DateTimeFormatter dates;
        final List<String> required;

        Format(ScreeningList list, String datePattern, String... required) {
            this.list = list;
            String pattern = datePattern.replace("yyyy", "uuuu");
            this.dates = DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
            this.required = List.of(required);
        }

        boolean fits(Map<String, Integer> columns) {
            return columns.keySet().containsAll(required);
        }
    }

    /** How often progress is told, in rows. */
    static final int PROGRESS_EVERY = 1_000;

    private ScreeningFileParser() {}

    /** The list the file is, read from its header, and every row handed to {@code rows}; the count of rows read. */
    static Parsed parse(InputStream content, Consumer<ListEntry> rows, ProgressSink progress) {
        CountingInputStream counting = new CountingInputStream(content);
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(counting, StandardCharsets.UTF_8), 1 << 16)) {
            LineReader lines = new LineReader(reader);
            List<String> header = lines.next();
            if (header == null) {
                throw new ScreeningFileException(ScreeningFileException.UNKNOWN_FORMAT, Map.of());
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                columns.putIfAbsent(columnName(header.get(i)), i);
            }
            Format format = null;
            for (Format candidate : Format.values()) {
                if (candidate.fits(columns)) {
                    format = candidate;
                    break;
                }
            }
            if (format == null) {
                throw new ScreeningFileException(ScreeningFileException.UNKNOWN_FORMAT, Map.of());
            }
            RowReader reader2 = new RowReader(format, columns, header.size());
            long count = 0;
            List<String> fields;
            while ((fields = lines.next()) != null) {
                if (fields.size() == 1 && fields.getFirst().isBlank()) {
                    continue;
                }
                rows.accept(reader2.entry(lines.startLine(), fields));
                count++;
                if (count % PROGRESS_EVERY == 0) {
                    progress.read(count, counting.count());
                }
            }
            if (count == 0) {
                throw new ScreeningFileException(ScreeningFileException.NO_ROWS, Map.of());
            }
            progress.read(count, counting.count());
            return new Parsed(format.list, count);
        } catch (IOException e) {
            throw new ScreeningFileException(ScreeningFileException.UNREADABLE, Map.of());
        }
    }

    record Parsed(ScreeningList list, long rows) {}

    @FunctionalInterface
    interface ProgressSink {
        void read(long rows, long bytes);
    }

    private static String columnName(String raw) {
        String name = raw.strip();
        if (!name.isEmpty() && name.charAt(0) == '\uFEFF') {
            name = name.substring(1).strip();
        }
        return name.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** Turns the fields of one row into an entry, naming the line and column of the first bad value. */
    private static final class RowReader {
        private final Format format;
        private final Map<String, Integer> columns;
        private final int width;

        RowReader(Format format, Map<String, Integer> columns, int width) {
            this.format = format;
            this.columns = columns;
            this.width = width;
        }

        ListEntry entry(long line, List<String> fields) {
            if (fields.size() != width) {
                throw new ScreeningFileException(
                        ScreeningFileException.COLUMN_COUNT,
                        ordered("line", line, "found", fields.size(), "expected", width));
            }
            return switch (format) {
                case OIG_LEIE ->
                    new ListEntry(
                            line,
                            text(fields, "LASTNAME"),
                            text(fields, "FIRSTNAME"),
                            npi(line, fields, "NPI"),
                            null,
                            date(line, fields, "DOB"),
                            date(line, fields, "EXCLDATE"),
                            date(line, fields, "REINDATE"));
                case SAM -> {
                    boolean individual = "INDIVIDUAL".equalsIgnoreCase(text(fields, "CLASSIFICATION"));
                    yield new ListEntry(
                            line,
                            individual ? text(fields, "LAST") : "",
                            individual ? text(fields, "FIRST") : "",
                            npi(line, fields, "NPI"),
                            null,
                            null,
                            date(line, fields, "ACTIVE DATE"),
                            date(line, fields, "TERMINATION DATE"));
                }
                case MEDI_CAL -> {
                    String provider = text(fields, "PROVIDER NUMBER");
                    String license = text(fields, "LICENSE NUMBER");
                    yield new ListEntry(
                            line,
                            text(fields, "LAST NAME"),
                            text(fields, "FIRST NAME"),
                            isNpi(provider) ? provider : null,
                            license.isEmpty() ? null : license,
                            null,
                            date(line, fields, "DATE OF SUSPENSION"),
                            null);
                }
            };
        }

        private String text(List<String> fields, String column) {
            Integer index = columns.get(column);
            return index == null ? "" : fields.get(index).strip();
        }

        private @Nullable String npi(long line, List<String> fields, String column) {
            String value = text(fields, column);
            if (value.isEmpty() || value.chars().allMatch(c -> c == '0')) {
                return null;
            }
            if (!isNpi(value)) {
                throw new ScreeningFileException(
                        ScreeningFileException.BAD_NPI, ordered("line", line, "column", column, "value", value));
            }
            return value;
        }

        private @Nullable LocalDate date(long line, List<String> fields, String column) {
            String value = text(fields, column);
            if (value.isEmpty()
                    || value.chars().allMatch(c -> c == '0')
                    || value.equalsIgnoreCase("Indefinite")
                    || value.equalsIgnoreCase("Indef.")) {
                return null;
            }
            try {
                return LocalDate.parse(value, format.dates);
            } catch (DateTimeParseException e) {
                throw new ScreeningFileException(
                        ScreeningFileException.BAD_DATE, ordered("line", line, "column", column, "value", value));
            }
        }
    }

    private static boolean isNpi(String value) {
        if (value.length() != 10) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> args = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            args.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return args;
    }

    /** CSV records (RFC 4180): quoted fields may hold commas, doubled quotes and line breaks. */
    private static final class LineReader {
        private final BufferedReader reader;
        private long line;
        private long startLine;

        LineReader(BufferedReader reader) {
            this.reader = reader;
        }

        long startLine() {
            return startLine;
        }

        @Nullable
        List<String> next() throws IOException {
            String text = reader.readLine();
            if (text == null) {
                return null;
            }
            line++;
            startLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int i = 0;
            while (true) {
                if (i >= text.length()) {
                    if (!quoted) {
                        break;
                    }
                    String more = reader.readLine();
                    if (more == null) {
                        throw new ScreeningFileException(ScreeningFileException.OPEN_QUOTE, Map.of("line", startLine));
                    }
                    line++;
                    field.append('\n');
                    text = more;
                    i = 0;
                    continue;
                }
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        field.append(c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
                i++;
            }
            fields.add(field.toString());
            return fields;
        }
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class CountingInputStream extends java.io.FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
