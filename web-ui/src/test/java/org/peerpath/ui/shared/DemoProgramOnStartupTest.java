package org.peerpath.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpath.application.demo.port.in.DemoProgram;
import org.peerpath.application.demo.port.in.DemoSignIn;
import org.peerpath.shared.Role;
import org.springframework.boot.DefaultApplicationArguments;

/** Demo data on the embedded database by default; on a configured server only with --demo. */
class DemoProgramOnStartupTest {

    private static final class CountingDemo implements DemoProgram {
        int loads;

        @Override
        public boolean loadIntoEmptyDatabase() {
            loads++;
            return true;
        }

        @Override
        public List<DemoSignIn> signIns() {
            return List.of(new DemoSignIn("peer.x", "pw", "Peer X", Set.of(Role.PEER)));
        }
    }

    private final CountingDemo demo = new CountingDemo();

    private void start(String datasourceUrl, boolean demoOnEmbedded, String... args) {
        new DemoProgramOnStartup(demo, datasourceUrl, demoOnEmbedded, "http://localhost:8080")
                .run(new DefaultApplicationArguments(args));
    }

    @Test
    void the_embedded_database_gets_the_demo_program() {
        start("", true);

        assertThat(demo.loads).isEqualTo(1);
    }

    @Test
    void a_configured_server_gets_demo_data_only_when_asked_with_demo() {
        start("jdbc:postgresql://db.example/peerpath", true);
        assertThat(demo.loads).isZero();

        start("jdbc:postgresql://db.example/peerpath", true, "--demo");
        assertThat(demo.loads).isEqualTo(1);
    }

    @Test
    void the_embedded_database_can_start_empty() {
        start("", false);

        assertThat(demo.loads).isZero();
    }
}
