package org.peerpath.application.screening;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/** Exclusion list files made by the project for tests and the benchmark, in the public layouts (never downloaded). */
public final class ScreeningFiles {

    public static final String LEIE_HEADER = "LASTNAME,FIRSTNAME,MIDNAME,BUSNAME,GENERAL,SPECIALTY,UPIN,NPI,DOB,"
            + "ADDRESS,CITY,STATE,ZIP,EXCLTYPE,EXCLDATE,REINDATE,WAIVERDATE,WVRSTATE";
    public static final String SAM_HEADER = "\"Classification\",\"Name\",\"Prefix\",\"First\",\"Middle\",\"Last\","
            + "\"Suffix\",\"Address 1\",\"Address 2\",\"Address 3\",\"Address 4\",\"City\",\"State / Province\","
            + "\"Country\",\"Zip Code\",\"Open Data Flag\",\"Blank (Deprecated)\",\"Unique Entity ID\","
            + "\"Exclusion Program\",\"Excluding Agency\",\"CT Code\",\"Exclusion Type\",\"Additional Comments\","
            + "\"Active Date\",\"Termination Date\",\"Record Status\",\"Cross-Reference\",\"SAM Number\",\"CAGE\","
            + "\"NPI\",\"Creation_Date\"";
    public static final String MEDI_CAL_HEADER = "Last Name,First Name,Middle Name,A/K/A - D/B/A,Addresses,"
            + "Provider Type,License Number,Provider Number,Date of Suspension,Active Period";

    private static final DateTimeFormatter LEIE_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private ScreeningFiles() {}

    public static String leieRow(String last, String first, String npi, LocalDate born, LocalDate excluded) {
        return String.join(
                ",",
                last,
                first,
                "",
                "",
                "IND- LIC HC SERV PRO",
                "SOCIAL WORKER",
                "",
                npi,
                born.format(LEIE_DATE),
                "\"1 MAIN ST, APT 2\"",
                "SACRAMENTO",
                "CA",
                "95814",
                "1128b4",
                excluded.format(LEIE_DATE),
                "00000000",
                "00000000",
                "");
    }

    public static String samRow(String last, String first, String npi, LocalDate active) {
        String[] fields = new String[31];
        java.util.Arrays.fill(fields, "");
        fields[0] = "Individual";
        fields[3] = first;
        fields[5] = last;
        fields[11] = "FRESNO";
        fields[23] = active.format(US_DATE);
        fields[24] = "Indefinite";
        fields[25] = "Active";
        fields[29] = npi;
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            row.append(i == 0 ? "" : ",").append('"').append(fields[i]).append('"');
        }
        return row.toString();
    }

    public static String mediCalRow(String last, String first, String license, LocalDate suspended) {
        return String.join(
                ",",
                last,
                first,
                "",
                "",
                "\"100 OAK ST, FRESNO CA\"",
                "Licensed Clinical Social Worker",
                license,
                "",
                suspended.format(US_DATE),
                "Indefinitely");
    }

    public static byte[] file(String header, String... rows) {
        return (header + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A LEIE file of {@code rows} generated people: NPIs start with 2 (staff NPIs in tests start with 1), names are
     * drawn from short lists so that some share a name, birth dates are spread over 50 years.
     */
    public static byte[] generatedLeie(int rows, long seed) {
        Random random = new Random(seed);
        String[] last = {"SMITH", "JOHNSON", "GARCIA", "NGUYEN", "LOPEZ", "KIM", "PATEL", "BROWN", "DAVIS", "WILSON"};
        String[] first = {"JAMES", "MARIA", "DAVID", "LINDA", "JOSE", "MAI", "ROBERT", "ANA", "MICHAEL", "SARA"};
        StringBuilder out = new StringBuilder(rows * 140).append(LEIE_HEADER).append("\r\n");
        LocalDate epoch = LocalDate.of(1950, 1, 1);
        for (int i = 0; i < rows; i++) {
            String npi = random.nextInt(3) == 0 ? "" : String.valueOf(2_000_000_000L + i);
            out.append(leieRow(
                            last[random.nextInt(last.length)] + (char) ('A' + random.nextInt(26)),
                            first[random.nextInt(first.length)],
                            npi,
                            epoch.plusDays(random.nextInt(18_000)),
                            LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9_000))))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
