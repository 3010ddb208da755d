package org.peerpath.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.peerpath.persistence.PersistenceIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * C.8, CONF-4 on real PostgreSQL: the app's role may only add to and read the audit trail. The privileges say
 * no before the append-only trigger is even asked; the app role owns nothing and is no superuser.
 */
class AuditAppRoleIT extends PersistenceIT {

    /** The app's connections (peerpath_app). */
    @Autowired
    JdbcClient app;

    /** Flyway's connections: the schema owner, standing in for a later migration. */
    @Autowired
    @FlywayDataSource
    DataSource owner;

    private void insertAuditEvent() {
        app.sql("""
                        insert into audit_event (at, actor_id, actor_name, action, member_id, detail)
                        values (:at, :actor, 'peer.a', 'MEMBER_VIEWED', null, 'd')""")
                .param("at", java.sql.Timestamp.from(Instant.now()))
                .param("actor", UUID.randomUUID())
                .update();
    }

    @Test
    void c8_the_app_role_inserts_and_reads_audit_events() {
        insertAuditEvent();

        assertThat(app.sql("select count(*) from audit_event").query(Long.class).single())
                .isPositive();
    }

    @Test
    void c8_the_app_role_cannot_update_delete_or_truncate_audit_events() {
        insertAuditEvent();

        assertThatThrownBy(() ->
                        app.sql("update audit_event set detail = 'changed'").update())
                .rootCause()
                .hasMessageContaining("permission denied for table audit_event");
        assertThatThrownBy(() -> app.sql("delete from audit_event").update())
                .rootCause()
                .hasMessageContaining("permission denied for table audit_event");
        assertThatThrownBy(() -> app.sql("truncate audit_event").update())
                .rootCause()
                .hasMessageContaining("permission denied for table audit_event");
    }

    @Test
    void c8_the_app_role_cannot_disable_the_append_only_trigger() {
        assertThatThrownBy(() ->
                        app.sql("alter table audit_event disable trigger all").update())
                .rootCause()
                .hasMessageContaining("must be owner of table audit_event");
        assertThatThrownBy(() -> app.sql("alter table audit_event disable trigger audit_event_append_only")
                        .update())
                .rootCause()
                .hasMessageContaining("must be owner of table audit_event");
    }

    @Test
    void c8_the_app_role_is_neither_superuser_nor_owner() {
        assertThat(app.sql("select current_user").query(String.class).single()).isEqualTo("peerpath_app");
        assertThat(app.sql("select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(app.sql("select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThatThrownBy(() -> app.sql("create table sneaky (x int)").update())
                .rootCause()
                .hasMessageContaining("permission denied for schema public");
    }

    @Test
    void c8_tables_of_later_migrations_are_open_to_the_app_role_by_default_privileges() {
        JdbcClient migration = JdbcClient.create(owner);
        migration
                .sql("create table if not exists later_feature (id bigint generated always as identity, note text)")
                .update();

        app.sql("insert into later_feature (note) values ('x')").update();
        app.sql("update later_feature set note = 'y'").update();
        assertThat(app.sql("select note from later_feature").query(String.class).list())
                .contains("y");
        app.sql("delete from later_feature").update();
    }

    @Test
    void conf4_even_the_owner_meets_the_append_only_trigger() {
        insertAuditEvent();
        JdbcClient schemaOwner = JdbcClient.create(owner);

        assertThatThrownBy(() -> schemaOwner
                        .sql("update audit_event set detail = 'changed'")
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> schemaOwner.sql("delete from audit_event").update())
                .hasMessageContaining("append-only");
    }
}
