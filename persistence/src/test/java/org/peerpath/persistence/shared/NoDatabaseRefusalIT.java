package org.peerpath.persistence.shared;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.peerpath.persistence.PersistenceTestApplication;
import org.peerpath.persistence.shared.DatabaseChoice.NoDatabaseChosenException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/** C.8: started with no database URL and no data folder, the app refuses before anything starts. */
class NoDatabaseRefusalIT {

    @Test
    void c8_the_app_without_url_or_folder_refuses_to_start() {
        SpringApplication app = new SpringApplication(PersistenceTestApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);

        // Command-line arguments outrank the tests' config/application.properties, which asks for a temporary one.
        assertThatThrownBy(() -> app.run("--peerpath.embedded-db.temporary=false"))
                .isInstanceOf(NoDatabaseChosenException.class)
                .hasMessageContaining("set PEERPATH_DB_URL");
    }
}
