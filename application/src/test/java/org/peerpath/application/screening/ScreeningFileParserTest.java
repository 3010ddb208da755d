package org.peerpath.application.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerpath.application.screening.ScreeningFiles.file;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerpath.application.screening.port.in.ScreeningFileException;
import org.peerpath.screening.ListEntry;
import org.peerpath.screening.ScreeningList;

class ScreeningFileParserTest {

    static final LocalDate BORN = LocalDate.of(1979, 8, 30);
    static final LocalDate EXCLUDED = LocalDate.of(2026, 1, 15);

    private final List<ListEntry> rows = new ArrayList<>();

    private ScreeningFileParser.Parsed parse(byte[] content) {
        return ScreeningFileParser.parse(new ByteArrayInputStream(content), rows::add, (r, b) -> {});
    }

    @Test
    void scr3_an_oig_leie_file_is_read_with_npi_birth_date_and_exclusion_date() {
        ScreeningFileParser.Parsed parsed = parse(file(
                ScreeningFiles.LEIE_HEADER,
                ScreeningFiles.leieRow("GRANT", "HOLLIS", "1234567893", BORN, EXCLUDED),
                ScreeningFiles.leieRow("DOE", "JANE", "0000000000", BORN, EXCLUDED)));

        assertThat(parsed.list()).isEqualTo(ScreeningList.OIG_LEIE);
        assertThat(parsed.rows()).isEqualTo(2);
        assertThat(rows.getFirst())
                .isEqualTo(new ListEntry(2, "GRANT", "HOLLIS", "1234567893", null, BORN, EXCLUDED, null));
        assertThat(rows.get(1).npi()).as("LEIE writes no NPI as zeros").isNull();
    }

    @Test
    void scr3_a_sam_extract_is_read_with_quoted_fields_and_only_individuals_carry_a_name() {
        String firm = ScreeningFiles.samRow("ACME", "", "", EXCLUDED).replaceFirst("Individual", "Firm");
        ScreeningFileParser.Parsed parsed = parse(file(
                ScreeningFiles.SAM_HEADER, ScreeningFiles.samRow("Grant", "Hollis", "1234567893", EXCLUDED), firm));

        assertThat(parsed.list()).isEqualTo(ScreeningList.SAM);
        assertThat(rows.getFirst())
                .isEqualTo(new ListEntry(2, "Grant", "Hollis", "1234567893", null, null, EXCLUDED, null));
        assertThat(rows.get(1).lastName()).isEmpty();
    }

    @Test
    void scr3_a_medi_cal_suspended_and_ineligible_list_is_read_with_license_numbers() {
        ScreeningFileParser.Parsed parsed = parse(file(
                ScreeningFiles.MEDI_CAL_HEADER, ScreeningFiles.mediCalRow("MORENO", "ELLIS", "LCSW 12345", EXCLUDED)));

        assertThat(parsed.list()).isEqualTo(ScreeningList.MEDI_CAL_SUSPENDED_AND_INELIGIBLE);
        assertThat(rows.getFirst())
                .isEqualTo(new ListEntry(2, "MORENO", "ELLIS", null, "LCSW 12345", null, EXCLUDED, null));
    }

    @Test
    void scr3_an_unknown_format_is_refused_before_any_row() {
        assertThatThrownBy(() -> parse("name,birthday\r\nAva,1990-01-01\r\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ScreeningFileException.class, e -> assertThat(e.code())
                        .isEqualTo(ScreeningFileException.UNKNOWN_FORMAT));
        assertThatThrownBy(() -> parse(new byte[0]))
                .isInstanceOfSatisfying(ScreeningFileException.class, e -> assertThat(e.code())
                        .isEqualTo(ScreeningFileException.UNKNOWN_FORMAT));
        assertThatThrownBy(() -> parse(file(ScreeningFiles.LEIE_HEADER)))
                .isInstanceOfSatisfying(ScreeningFileException.class, e -> assertThat(e.code())
                        .isEqualTo(ScreeningFileException.NO_ROWS));
    }

    @Test
    void scr3_a_malformed_file_names_its_first_bad_line() {
        String good = ScreeningFiles.leieRow("GRANT", "HOLLIS", "1234567893", BORN, EXCLUDED);
        assertThatThrownBy(() -> parse(file(ScreeningFiles.LEIE_HEADER, good, good, "DOE,JANE,short")))
                .isInstanceOfSatisfying(ScreeningFileException.class, e -> {
                    assertThat(e.code()).isEqualTo(ScreeningFileException.COLUMN_COUNT);
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.args()).containsEntry("found", 3).containsEntry("expected", 18);
                });
        assertThatThrownBy(() -> parse(file(ScreeningFiles.LEIE_HEADER, good, good.replace("19790830", "19791330"))))
                .isInstanceOfSatisfying(ScreeningFileException.class, e -> {
                    assertThat(e.code()).isEqualTo(ScreeningFileException.BAD_DATE);
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.args()).containsEntry("column", "DOB").containsEntry("value", "19791330");
                });
        assertThatThrownBy(() -> parse(file(ScreeningFiles.LEIE_HEADER, good.replace("1234567893", "12345"))))
                .isInstanceOfSatisfying(ScreeningFileException.class, e -> {
                    assertThat(e.code()).isEqualTo(ScreeningFileException.BAD_NPI);
                    assertThat(e.line()).isEqualTo(2);
                });
        assertThatThrownBy(() -> parse(file(ScreeningFiles.LEIE_HEADER, good, "\"GRANT,HOLLIS")))
                .isInstanceOfSatisfying(ScreeningFileException.class, e -> {
                    assertThat(e.code()).isEqualTo(ScreeningFileException.OPEN_QUOTE);
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void scr3_progress_is_told_while_a_large_file_is_read() {
        List<Long> told = new ArrayList<>();
        ScreeningFileParser.parse(
                new ByteArrayInputStream(ScreeningFiles.generatedLeie(2_500, 1)), rows::add, (r, b) -> told.add(r));

        assertThat(rows).hasSize(2_500);
        assertThat(told).containsExactly(1_000L, 2_000L, 2_500L);
    }
}
