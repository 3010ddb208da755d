package org.peerpath.persistence.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.screening.port.in.ScreeningDecision;
import org.peerpath.application.screening.port.out.ScreeningStore;
import org.peerpath.application.screening.port.out.StoredResult;
import org.peerpath.application.screening.port.out.StoredRun;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.screening.MatchedOn;
import org.peerpath.screening.ScreeningList;
import org.peerpath.screening.ScreeningResult;
import org.peerpath.shared.StaffId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening runs and results in PostgreSQL (SCR-3). Plain SQL rather than JPA: a run writes one row per person screened
 * (thousands), which a JDBC batch does in one round trip, and the rows are never edited except a review task's decision.
 */
@Component
@Transactional
class ScreeningStoreAdapter implements ScreeningStore {

    private static final String RESULT_COLUMNS = """
            id, run_id, person_id, person_name, list, screened_on, matched_on, entry_line, listed_name, listed_on,
            decision, effective_on, reinstated_on, decided_by, decided_at, reason, version""";

    /** What a read returns: the stored columns and the reason of a reinstatement (SCR-2). */
    private static final String READ_COLUMNS = RESULT_COLUMNS + ", reinstated_reason";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ScreeningStoreAdapter(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public void saveRun(StoredRun run, List<StoredResult> results) {
        jdbc.sql("""
                        insert into screening_run (id, list, file_name, uploaded_by, uploaded_by_name, ran_on, ran_at,
                                                   rows_read, screened, matches, review_tasks, confirmed)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        run.id(),
                        run.list().name(),
                        run.fileName(),
                        run.uploadedBy().value(),
                        run.uploadedByName(),
                        run.ranOn(),
                        Timestamp.from(run.ranAt()),
                        run.rowsRead(),
                        run.screened(),
                        run.matches(),
                        run.reviewTasks(),
                        run.confirmed())
                .update();
        template.batchUpdate(
                "insert into screening_result (" + RESULT_COLUMNS
                        + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                results,
                1_000,
                (ps, r) -> {
                    StoredResult.Match m = r.match();
                    StoredResult.Decided d = r.decided();
                    ps.setObject(1, r.id());
                    ps.setObject(2, r.run());
                    ps.setObject(3, r.person().value());
                    ps.setString(4, r.personName());
                    ps.setString(5, r.list().name());
                    ps.setObject(6, r.screenedOn());
                    ps.setString(7, m == null ? null : m.on().name());
                    ps.setObject(8, m == null ? null : m.line(), Types.BIGINT);
                    ps.setString(9, m == null ? null : m.listedName());
                    ps.setObject(10, m == null ? null : m.listedOn(), Types.DATE);
                    ps.setString(11, r.decision().name());
                    ps.setObject(12, r.effectiveOn(), Types.DATE);
                    ps.setObject(13, r.reinstatedOn(), Types.DATE);
                    ps.setObject(14, d == null ? null : d.by().value());
                    ps.setObject(15, d == null ? null : Timestamp.from(d.at()), Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setString(16, d == null ? null : d.reason());
                    ps.setLong(17, r.version());
                });
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoredRun> latestRuns(int limit) {
        return jdbc.sql("select * from screening_run order by ran_at desc, id limit ?")
                .param(limit)
                .query((rs, n) -> new StoredRun(
                        rs.getObject("id", UUID.class),
                        ScreeningList.valueOf(rs.getString("list")),
                        rs.getString("file_name"),
                        new StaffId(rs.getObject("uploaded_by", UUID.class)),
                        rs.getString("uploaded_by_name"),
                        rs.getObject("ran_on", LocalDate.class),
                        rs.getTimestamp("ran_at").toInstant(),
                        rs.getLong("rows_read"),
                        rs.getInt("screened"),
                        rs.getInt("matches"),
                        rs.getInt("review_tasks"),
                        rs.getInt("confirmed")))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LocalDate> lastRunOn(ScreeningList list) {
        return jdbc.sql("select max(ran_on) from screening_run where list = ?")
                .param(list.name())
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredResult> findResult(UUID id) {
        return jdbc.sql("select " + READ_COLUMNS + " from screening_result where id = ?")
                .param(id)
                .query(ScreeningStoreAdapter::result)
                .optional();
    }

    @Override
    public void saveDecision(StoredResult decided, long seenVersion) {
        StoredResult.Decided d = decided.decided();
        int changed = jdbc.sql("""
                        update screening_result
                           set decision = ?, effective_on = ?, reinstated_on = ?, decided_by = ?, decided_at = ?,
                               reason = ?, version = version + 1
                         where id = ? and version = ?
                        """)
                .params(
                        decided.decision().name(),
                        decided.effectiveOn(),
                        decided.reinstatedOn(),
                        d == null ? null : d.by().value(),
                        d == null ? null : Timestamp.from(d.at()),
                        d == null ? null : d.reason(),
                        decided.id(),
                        seenVersion)
                .update();
        if (changed != 1) {
            throw new ConcurrentChangeException("screening match");
        }
    }

    @Override
    public void saveReinstatement(StoredResult reinstated, long seenVersion, StaffId by, Instant at, String reason) {
        int changed = jdbc.sql("""
                        update screening_result
                           set reinstated_on = ?, reinstated_by = ?, reinstated_at = ?, reinstated_reason = ?,
                               version = version + 1
                         where id = ? and version = ?
                        """)
                .params(reinstated.reinstatedOn(), by.value(), Timestamp.from(at), reason, reinstated.id(), seenVersion)
                .update();
        if (changed != 1) {
            throw new ConcurrentChangeException("screening match");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoredResult> matches(Set<ScreeningDecision> decisions, int limit) {
        if (decisions.isEmpty()) {
            return List.of();
        }
        String[] names = decisions.stream().map(Enum::name).toArray(String[]::new);
        return jdbc.sql("select " + prefixed("r") + " from screening_result r join screening_run s on s.id = r.run_id"
                        + " where r.decision <> 'CLEAR' and r.decision = any (?)"
                        + " order by s.ran_at desc, r.person_name, r.id limit ?")
                .params(names, limit)
                .query(ScreeningStoreAdapter::result)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ScreeningResult> resultsOf(StaffId person) {
        return jdbc
                .sql("select " + READ_COLUMNS + " from screening_result where person_id = ? order by screened_on")
                .param(person.value())
                .query(ScreeningStoreAdapter::result)
                .list()
                .stream()
                .map(StoredResult::toScreeningResult)
                .toList();
    }

    private static String prefixed(String alias) {
        return alias + "." + READ_COLUMNS.replace("\n", " ").replace(", ", ", " + alias + ".");
    }

    private static StoredResult result(ResultSet rs, int n) throws SQLException {
        String matchedOn = rs.getString("matched_on");
        StoredResult.Match match = matchedOn == null
                ? null
                : new StoredResult.Match(
                        MatchedOn.valueOf(matchedOn),
                        rs.getLong("entry_line"),
                        rs.getString("listed_name"),
                        rs.getObject("listed_on", LocalDate.class));
        UUID decidedBy = rs.getObject("decided_by", UUID.class);
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        StoredResult.Decided decided = decidedBy == null || decidedAt == null
                ? null
                : new StoredResult.Decided(new StaffId(decidedBy), decidedAt.toInstant(), rs.getString("reason"));
        return new StoredResult(
                rs.getObject("id", UUID.class),
                rs.getObject("run_id", UUID.class),
                new StaffId(rs.getObject("person_id", UUID.class)),
                rs.getString("person_name"),
                ScreeningList.valueOf(rs.getString("list")),
                rs.getObject("screened_on", LocalDate.class),
                match,
                ScreeningDecision.valueOf(rs.getString("decision")),
                date(rs, "effective_on"),
                date(rs, "reinstated_on"),
                decided,
                rs.getString("reinstated_reason"),
                rs.getLong("version"));
    }

    private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
