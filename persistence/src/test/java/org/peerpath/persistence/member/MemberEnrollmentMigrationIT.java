package org.peerpath.persistence.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.peerpath.persistence.PersistenceIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V080 (SVC-7): members stored before enrollments were dated keep their delivery systems, each as an open enrollment
 * from the county's date of the member's enrollment record, or from the date of birth when none is kept. Runs the real
 * migrations into a schema of its own: up to V021, rows as the old code wrote them, then V080.
 */
class MemberEnrollmentMigrationIT extends PersistenceIT {

    private static final String SCHEMA = "enrollment_migration";

    @Autowired
    Flyway flyway;

    private Flyway upTo(String version) {
        return Flyway.configure()
                .configuration(flyway.getConfiguration())
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .placeholders(Map.of("approle", ""))
                .target(version)
                .load();
    }

    @Test
    void svc7_undated_delivery_systems_become_open_enrollments_from_the_day_the_member_was_enrolled() {
        upTo("21").migrate();
        DataSource owner = flyway.getConfiguration().getDataSource();
        JdbcClient jdbc = JdbcClient.create(owner);
        UUID audited = UUID.randomUUID();
        UUID unaudited = UUID.randomUUID();
        jdbc.sql("""
                insert into enrollment_migration.member
                       (id, given_name, family_name, date_of_birth, cin, county, delivery_systems, preferred_language)
                values (?, 'Ada', 'Oldrow', date '1990-05-17', '10000001A', 'YOLO', array['SMHS','DMC_ODS'], 'English'),
                       (?, 'Bo', 'Oldrow', date '1985-01-02', '10000002B', 'YOLO', array['DMC'], 'Spanish')
                """).params(audited, unaudited).update();
        // 03:00 UTC on 10 Mar is still 9 Mar in California: the county's date counts.
        jdbc.sql("""
                insert into enrollment_migration.audit_event (at, actor_id, actor_name, action, member_id, detail)
                values (timestamptz '2026-03-10 03:00:00+00', ?, 'desk', 'MEMBER_ENROLLED', ?, 'enrolled')
                """).params(UUID.randomUUID(), audited).update();

        upTo("80").migrate();

        List<String> rows = jdbc.sql("""
                        select member_id || ' ' || delivery_system || ' ' || starts_on || ' ' || coalesce(ends_on::text, '-')
                          from enrollment_migration.member_enrollment order by member_id, delivery_system
                        """).query(String.class).list();
        assertThat(rows)
                .containsExactlyInAnyOrder(
                        audited + " SMHS " + LocalDate.of(2026, 3, 9) + " -",
                        audited + " DMC_ODS " + LocalDate.of(2026, 3, 9) + " -",
                        unaudited + " DMC " + LocalDate.of(1985, 1, 2) + " -");
        assertThat(jdbc.sql("""
                        select count(*) from information_schema.columns
                         where table_schema = 'enrollment_migration' and table_name = 'member'
                           and column_name = 'delivery_systems'
                        """).query(Long.class).single()).isZero();
    }
}
