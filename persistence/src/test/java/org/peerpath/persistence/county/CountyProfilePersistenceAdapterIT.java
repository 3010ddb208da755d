package org.peerpath.persistence.county;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.peerpath.application.county.CountyProfileRepositoryContract;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.persistence.PersistenceIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class CountyProfilePersistenceAdapterIT extends PersistenceIT {

    @Autowired
    CountyProfileRepository repository;

    @Autowired
    JdbcClient jdbc;

    /** The shared contract, here against the JPA adapter on PostgreSQL. */
    @Nested
    class Contract extends CountyProfileRepositoryContract {

        @Override
        protected CountyProfileRepository repository() {
            return repository;
        }

        @Override
        protected void forgetTheProfile() {
            jdbc.sql("delete from county_profile").update();
        }
    }

    @Test
    void cty1_the_database_holds_one_county_profile_and_refuses_an_opt_in_ending_before_it_starts() {
        jdbc.sql("delete from county_profile").update();
        jdbc.sql("""
                insert into county_profile (county, renewal_window_days, alert_days, supervisor_training_grace_days,
                    supervisor_training_alert_day, minute_counting, note_due_business_days, crisis_note_due_hours,
                    supervisor_cosigns_notes, co_sign_by_own_supervisor, measurable_goals, group_apportionment,
                    co_facilitator_claiming, group_size_min, group_size_max, screening_cadence, peer_designation,
                    skills_reviews, supervisor_at_same_site)
                values ('YOLO', 90, '{90,60}', 60, 45, 'CONTACT_ONLY', 3, 24, false, true, true,
                    'FULL_DURATION', 'LEAD_ONLY', 2, 12, 'MONTHLY', false, false, false)
                """).update();

        assertThatThrownBy(() -> jdbc.sql("insert into county_profile (id, county) values (false, 'YOLO')")
                        .update())
                .hasMessageContaining("county_profile");
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into county_opt_in (profile_id, delivery_system, starts_on, ends_on)
                        values (true, 'SMHS', date '2024-07-01', date '2024-06-30')
                        """).update()).hasMessageContaining("county_opt_in_ends_after_start");
        assertThatThrownBy(() -> jdbc.sql("update county_profile set note_due_business_days = 5")
                        .update())
                .hasMessageContaining("county_profile_note_due");
        assertThat(repository.find()).isPresent();
        jdbc.sql("delete from county_profile").update();
    }
}
