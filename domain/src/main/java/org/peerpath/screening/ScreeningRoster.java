package org.peerpath.screening;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everyone to screen, indexed by NPI, license number and name, so that a list of any length is matched in one pass
 * (one lookup per row, never every row against every person).
 */
public final class ScreeningRoster {

    /** A list entry that found a person, and on which key. */
    public record Match(ScreenedPerson person, MatchedOn on, ListEntry entry) {}

    private final List<ScreenedPerson> people;
    private final Map<String, ScreenedPerson> byNpi = new HashMap<>();
    private final Map<String, List<ScreenedPerson>> byLicense = new HashMap<>();
    private final Map<String, List<ScreenedPerson>> byName = new HashMap<>();

    public ScreeningRoster(List<ScreenedPerson> people) {
        this.people = List.copyOf(people);
        for (ScreenedPerson person : this.people) {
            if (person.npi() != null) {
                byNpi.put(person.npi(), person);
            }
            for (String license : person.licenseNumbers()) {
                byLicense
                        .computeIfAbsent(licenseKey(license), k -> new ArrayList<>())
                        .add(person);
            }
            String[] words = personalName(person.displayName()).split(" ");
            if (words.length >= 2) {
                byName.computeIfAbsent(nameKey(words[0], words[words.length - 1]), k -> new ArrayList<>())
                        .add(person);
            }
        }
    }

    public List<ScreenedPerson> people() {
        return people;
    }

    /**
     * SCR-2: the people {@code entry} names, by the strongest key: NPI, then license number, then name and date of
     * birth. A name whose date of birth differs on both sides is another person; a name with a date of birth missing on
     * either side is a name-only match.
     */
    public List<Match> match(ListEntry entry) {
        String npi = entry.npi();
        if (npi != null && byNpi.containsKey(npi)) {
            return List.of(new Match(byNpi.get(npi), MatchedOn.NPI, entry));
        }
        String license = entry.licenseNumber();
        if (license != null) {
            List<ScreenedPerson> holders = byLicense.get(licenseKey(license));
            if (holders != null) {
                return holders.stream()
                        .map(p -> new Match(p, MatchedOn.LICENSE_NUMBER, entry))
                        .toList();
            }
        }
        String first = firstWord(normalized(entry.firstName()));
        String last = normalized(entry.lastName());
        if (first.isEmpty() || last.isEmpty()) {
            return List.of();
        }
        List<ScreenedPerson> named = byName.getOrDefault(nameKey(first, lastWord(last)), List.of());
        List<Match> matches = new ArrayList<>();
        for (ScreenedPerson person : named) {
            LocalDate listed = entry.dateOfBirth();
            LocalDate recorded = person.dateOfBirth();
            if (listed == null || recorded == null) {
                matches.add(new Match(person, MatchedOn.NAME_ONLY, entry));
            } else if (listed.equals(recorded)) {
                matches.add(new Match(person, MatchedOn.NAME_AND_DATE_OF_BIRTH, entry));
            }
        }
        return matches;
    }

    /** The name without a title before it or credentials after a comma: "Dr. Ellis Okafor-Hale, LCSW". */
    private static String personalName(String displayName) {
        int comma = displayName.indexOf(',');
        String name = normalized(comma < 0 ? displayName : displayName.substring(0, comma));
        for (String title : TITLES) {
            if (name.startsWith(title + " ")) {
                return name.substring(title.length() + 1);
            }
        }
        return name;
    }

    private static final List<String> TITLES = List.of("DR", "MR", "MRS", "MS", "MX");

    private static String nameKey(String first, String last) {
        return first + '|' + last;
    }

    private static String licenseKey(String license) {
        return license.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    private static String firstWord(String words) {
        int space = words.indexOf(' ');
        return space < 0 ? words : words.substring(0, space);
    }

    private static String lastWord(String words) {
        int space = words.lastIndexOf(' ');
        return space < 0 ? words : words.substring(space + 1);
    }

    /** Upper case, accents and punctuation dropped, single spaces: "José  O'Neil" and "JOSE ONEIL" are one name. */
    static String normalized(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String plain = Normalizer.isNormalized(name, Normalizer.Form.NFD)
                ? name
                : Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(plain.length());
        boolean space = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 32);
            }
            if (c >= 'A' && c <= 'Z') {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else if (Character.isWhitespace(c)) {
                space = true;
            }
        }
        return out.toString();
    }
}
