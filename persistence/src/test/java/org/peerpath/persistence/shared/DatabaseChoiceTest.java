package org.peerpath.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.peerpath.persistence.shared.DatabaseChoice.NoDatabaseChosenException;

/** C.8: the app starts no database by surprise; without a server or a folder it says what to set. */
class DatabaseChoiceTest {

    @Test
    void c8_a_configured_server_is_used() {
        assertThat(DatabaseChoice.decide("jdbc:postgresql://db/peerpath", "", false, true))
                .isEqualTo(DatabaseChoice.EXTERNAL_SERVER);
        assertThat(DatabaseChoice.decide("jdbc:postgresql://db/peerpath", "/data", true, false))
                .isEqualTo(DatabaseChoice.EXTERNAL_SERVER);
    }

    @Test
    void c8_a_chosen_folder_gets_an_embedded_database() {
        assertThat(DatabaseChoice.decide("", "/var/lib/peerpath", false, true))
                .isEqualTo(DatabaseChoice.EMBEDDED_IN_FOLDER);
    }

    @Test
    void c8_a_throwaway_embedded_database_only_when_asked_for() {
        assertThat(DatabaseChoice.decide("", "", true, true)).isEqualTo(DatabaseChoice.EMBEDDED_TEMPORARY);
    }

    @Test
    void c8_with_neither_server_nor_folder_the_app_refuses_with_one_line_saying_what_to_set() {
        assertThatThrownBy(() -> DatabaseChoice.decide("", "", false, true))
                .isInstanceOf(NoDatabaseChosenException.class)
                .hasMessageContaining("set PEERPATH_DB_URL")
                .hasMessageContaining("PEERPATH_DATA_DIR")
                .hasMessageNotContaining("\n");
    }

    @Test
    void c8_a_build_without_the_embedded_database_asks_for_a_server() {
        assertThatThrownBy(() -> DatabaseChoice.decide("", "/data", false, false))
                .isInstanceOf(NoDatabaseChosenException.class)
                .hasMessageContaining("set PEERPATH_DB_URL")
                .hasMessageNotContaining("PEERPATH_DATA_DIR")
                .hasMessageNotContaining("\n");
    }
}
