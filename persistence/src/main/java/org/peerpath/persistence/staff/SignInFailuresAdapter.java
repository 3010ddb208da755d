package org.peerpath.persistence.staff;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.peerpath.application.staff.port.out.SignInFailures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@code sign_in_failure}: one row per typed username with failures in a row, counted atomically by an upsert. */
@Component
@Transactional
class SignInFailuresAdapter implements SignInFailures {

    /** The column's width: a longer typed username is counted under its first 100 characters. */
    private static final int KEY_MAX = 100;

    private final JdbcClient jdbc;

    SignInFailuresAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String key(String username) {
        String printable = username.replace('\u0000', '?');
        return printable.length() > KEY_MAX ? printable.substring(0, KEY_MAX) : printable;
    }

    @Override
    public Optional<Failures> find(String username) {
        return jdbc.sql("select username, in_a_row, last_at, locked_until from sign_in_failure where username = ?")
                .param(key(username))
                .query((rs, row) -> {
                    Timestamp lockedUntil = rs.getTimestamp("locked_until");
                    return new Failures(
                            rs.getString("username"),
                            rs.getInt("in_a_row"),
                            rs.getTimestamp("last_at").toInstant(),
                            lockedUntil == null ? null : lockedUntil.toInstant());
                })
                .optional();
    }

    @Override
    public int recordFailure(String username, Instant at) {
        return jdbc.sql("""
                insert into sign_in_failure (username, in_a_row, last_at) values (?, 1, ?)
                on conflict (username) do update
                   set in_a_row = sign_in_failure.in_a_row + 1, last_at = excluded.last_at
                returning in_a_row
                """)
                .params(key(username), Timestamp.from(at))
                .query(Integer.class)
                .single();
    }

    @Override
    public void lockUntil(String username, Instant until) {
        jdbc.sql("update sign_in_failure set locked_until = ? where username = ?")
                .params(Timestamp.from(until), key(username))
                .update();
    }

    @Override
    public void clear(String username) {
        jdbc.sql("delete from sign_in_failure where username = ?")
                .param(key(username))
                .update();
    }
}
