package org.peerpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's launcher finds a JDK 21+ on its own, and says what to install when there is none. */
class LauncherTest {

    private static final Path LAUNCHER =
            Path.of("..", "peerpath").toAbsolutePath().normalize();

    record Result(int exitCode, String stdout, String stderr) {}

    private static Result launcher(Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add(LAUNCHER.toString());
        builder.command().addAll(java.util.List.of(args));
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(
                process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip(),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip());
    }

    /** A fake JDK folder whose java reports the given version. */
    private static Path fakeJdk(Path root, String name, String version) throws IOException {
        Path bin = Files.createDirectories(root.resolve(name).resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"" + version + "\" 2025-10-21' >&2\n");
        Path javac = bin.resolve("javac");
        Files.writeString(javac, "#!/bin/sh\n");
        java.toFile().setExecutable(true);
        javac.toFile().setExecutable(true);
        return root.resolve(name);
    }

    @Test
    void keeps_java_home_when_it_is_21_or_newer(@TempDir Path jvms) throws Exception {
        Path jdk21 = fakeJdk(jvms, "jdk-21", "21.0.9");

        Result result = launcher(Map.of("JAVA_HOME", jdk21.toString(), "PEERPATH_JVM_DIRS", jvms + "/*"), "jdk");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).isEqualTo(jdk21.toString());
    }

    @Test
    void passes_over_an_old_java_home_for_the_newest_jdk_in_the_jvm_folder(@TempDir Path jvms) throws Exception {
        Path jdk17 = fakeJdk(jvms, "java-17", "17.0.15");
        fakeJdk(jvms, "java-8", "1.8.0_402");
        fakeJdk(jvms, "jdk-21", "21.0.9");
        Path jdk25 = fakeJdk(jvms, "temurin-25", "25.0.3");

        Result result = launcher(Map.of("JAVA_HOME", jdk17.toString(), "PEERPATH_JVM_DIRS", jvms + "/*"), "jdk");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).isEqualTo(jdk25.toString());
    }

    @Test
    void says_what_to_install_when_no_jdk_is_new_enough(@TempDir Path jvms) throws Exception {
        Path jdk17 = fakeJdk(jvms, "java-17", "17.0.15");

        Result result = launcher(Map.of("JAVA_HOME", jdk17.toString(), "PEERPATH_JVM_DIRS", jvms + "/*"), "jdk");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("needs a JDK 21 or newer").contains("apt-get install -y openjdk-21-jdk");
    }

    @Test
    void ci_proves_both_readme_commands_from_an_empty_local_repository() throws Exception {
        String ci = Files.readString(Path.of("..", ".ci", "run"));
        String readme = Files.readString(Path.of("..", "README.md"));

        assertThat(readme).contains("./peerpath test").contains("./peerpath run");
        assertThat(ci)
                .contains("rm -rf \"$LOCAL_REPO/org/peerpath\"")
                .contains("spotless:check")
                .contains("-Dspotless.apply.skip=true")
                .contains("./peerpath test")
                .contains("./peerpath run")
                .contains("username=peer.ava")
                .contains("demo-password");
    }

    private static Map<String, String> dryRun(Map<String, String> env) {
        var all = new java.util.HashMap<>(env);
        all.put("PEERPATH_DRY_RUN", "1");
        all.put("PEERPATH_DB_URL", env.getOrDefault("PEERPATH_DB_URL", ""));
        all.put("SPRING_DATASOURCE_URL", "");
        all.put("PEERPATH_DATA_DIR", env.getOrDefault("PEERPATH_DATA_DIR", ""));
        return all;
    }

    @Test
    void run_packages_the_reactor_in_production_mode_and_starts_the_jar() throws Exception {
        Result result = launcher(dryRun(Map.of()), "run");

        assertThat(result.exitCode()).isZero();
        // package, not compile: persistence's tests need application's test-jar, made only by package.
        assertThat(result.stdout())
                .contains("maven: -DskipTests -Pproduction package")
                .doesNotContain("dependency:build-classpath")
                .contains("app: -jar web-ui/target/peerpath.jar");
    }

    @Test
    void c8_run_asks_for_the_demo_program_on_an_embedded_database_in_the_project_folder() throws Exception {
        Result result = launcher(dryRun(Map.of()), "run");

        assertThat(result.stdout())
                .contains("data in " + LAUNCHER.getParent().resolve(".peerpath-data/postgres"))
                .contains("peerpath.jar --demo");
    }

    @Test
    void c8_run_on_a_configured_server_loads_demo_data_only_when_asked() throws Exception {
        Map<String, String> server = Map.of("PEERPATH_DB_URL", "jdbc:postgresql://db.example/peerpath");

        assertThat(launcher(dryRun(server), "run").stdout())
                .doesNotContain("--demo")
                .doesNotContain("data in");
        assertThat(launcher(dryRun(server), "run", "--demo").stdout()).contains("peerpath.jar --demo");
        assertThat(launcher(dryRun(Map.of()), "run", "--no-demo").stdout()).doesNotContain("--demo");
    }
}
