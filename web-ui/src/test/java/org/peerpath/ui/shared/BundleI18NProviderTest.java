package org.peerpath.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerpath.ui.language.Languages;

/** How texts are chosen and filled: the convention {@link DomainErrors} relies on. */
class BundleI18NProviderTest {

    private final BundleI18NProvider provider = new BundleI18NProvider();

    @Test
    void named_arguments_fill_named_placeholders_in_each_language() {
        Map<String, Object> args = Map.of("cin", "91234567A");

        assertThat(provider.getTranslation("member.duplicate-cin", Languages.ENGLISH, args))
                .isEqualTo("A member with CIN 91234567A is already enrolled");
        assertThat(provider.getTranslation("member.duplicate-cin", Languages.SPANISH, args))
                .isEqualTo("Ya hay un miembro inscrito con el CIN 91234567A");
    }

    @Test
    void dates_and_numbers_are_written_the_way_each_language_writes_them() {
        LocalDate born = LocalDate.of(2010, 2, 14);

        assertThat(provider.getTranslation("member.header.age-value", Languages.ENGLISH, 16, born))
                .isEqualTo("16 (born Feb 14, 2010)");
        assertThat(provider.getTranslation("member.header.age-value", Languages.SPANISH, 16, born))
                .isEqualTo("16 (nació el 14 feb 2010)");
        assertThat(provider.getTranslation("staff.password-too-short", Languages.SPANISH, Map.of("min", 1200)))
                .isEqualTo("La contraseña necesita al menos 1,200 caracteres");
    }

    @Test
    void any_spanish_is_spanish_and_any_other_language_is_english() {
        assertThat(Languages.supported(Locale.forLanguageTag("es-MX"))).isEqualTo(Languages.SPANISH);
        assertThat(Languages.supported(Locale.forLanguageTag("es"))).isEqualTo(Languages.SPANISH);
        assertThat(Languages.supported(Locale.forLanguageTag("fr-FR"))).isEqualTo(Languages.ENGLISH);
        assertThat(provider.getTranslation("menu.sign-out", Locale.forLanguageTag("es-MX")))
                .isEqualTo("Cerrar sesión");
    }

    @Test
    void positional_values_fill_named_placeholders_in_the_order_they_appear() {
        assertThat(provider.getTranslation("member.duplicate-cin", Languages.ENGLISH, "91234567A"))
                .isEqualTo("A member with CIN 91234567A is already enrolled");
    }

    @Test
    void a_missing_named_argument_stays_visible_instead_of_failing() {
        assertThat(provider.getTranslation("member.duplicate-cin", Languages.ENGLISH, Map.of()))
                .isEqualTo("A member with CIN {cin} is already enrolled");
    }

    @Test
    void a_text_without_placeholders_keeps_its_apostrophes_whatever_is_passed() {
        assertThat(provider.getTranslation("error.access-denied", Languages.ENGLISH, Map.of("x", 1)))
                .isEqualTo("You don't have access to that.");
    }

    @Test
    void an_unknown_key_is_shown_loudly() {
        assertThat(provider.getTranslation("no.such.key", Languages.SPANISH))
                .isEqualTo(BundleI18NProvider.missing("no.such.key"));
    }
}
