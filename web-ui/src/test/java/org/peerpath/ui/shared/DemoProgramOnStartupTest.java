package org.peerpath.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpath.application.demo.port.in.DemoProgram;
import org.peerpath.application.demo.port.in.DemoSignIn;
import org.peerpath.shared.Role;
import org.springframework.boot.DefaultApplicationArguments;

/** Demo data only when asked (C.8): with --demo, as ./peerpath run passes, or peerpath.demo=true. */
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

    private void start(boolean demoSetting, String... args) {
        var arguments = new DefaultApplicationArguments(args);
        var startup = new DemoProgramOnStartup(demo, arguments, demoSetting, "http://localhost:8080");
        startup.afterSingletonsInstantiated();
        startup.run(arguments);
    }

    @Test
    void c8_the_jar_started_on_its_own_loads_no_demo_data() {
        start(false);

        assertThat(demo.loads).isZero();
    }

    @Test
    void c8_demo_data_is_loaded_when_asked_with_demo() {
        start(false, "--demo");

        assertThat(demo.loads).isEqualTo(1);
    }

    @Test
    void c8_demo_data_is_loaded_when_the_setting_asks_for_it() {
        start(true);

        assertThat(demo.loads).isEqualTo(1);
    }
}
