package org.peerpath.persistence.member;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.peerpath.application.member.port.in.MemberFilter;
import org.peerpath.application.member.port.out.MemberReadModel;
import org.peerpath.application.member.port.out.MemberRecord;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.shared.Slice;
import org.peerpath.member.Cin;
import org.peerpath.member.Language;
import org.peerpath.member.MemberId;
import org.peerpath.member.PersonName;
import org.peerpath.shared.County;
import org.peerpath.shared.StaffId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Member lists straight from SQL: keyset paging on (last name, first name, id), so page 100 costs what page 1
 * costs, and name search by trigram word similarity (typos forgiven) or substring, both served by the pg_trgm index.
 * The delivery systems shown are the enrollments in force today, the county's date (SVC-7).
 */
@Component
@Transactional(readOnly = true)
class MemberReadModelAdapter implements MemberReadModel {

    private static final String SELECT = """
            select m.id, m.given_name, m.family_name, m.date_of_birth, m.cin, m.county,
                   array(select e.delivery_system from member_enrollment e
                          where e.member_id = m.id
                            and e.starts_on <= (now() at time zone 'America/Los_Angeles')::date
                            and (e.ends_on is null or e.ends_on >= (now() at time zone 'America/Los_Angeles')::date)
                          order by e.delivery_system) as delivery_systems,
                   m.preferred_language, m.primary_peer_id, s.display_name as primary_peer_name, m.version,
                   lower(m.family_name) as family_key, lower(m.given_name) as given_key
              from member m
              left join staff_account s on s.id = m.primary_peer_id
            """;
    private static final char KEY_SEPARATOR = '\u001f';
    private static final double WORD_SIMILARITY = 0.4;

    private final JdbcClient jdbc;

    MemberReadModelAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Slice<MemberRecord> page(MemberFilter filter, PageSpec page) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where true");
        List<Object> params = new ArrayList<>();
        if (filter.primaryPeer() != null) {
            sql.append(" and m.primary_peer_id = ?");
            params.add(filter.primaryPeer().value());
        }
        if (filter.searchesByName()) {
            // Forgive a typo in a short name: pg_trgm's default word-similarity bar (0.6) rejects one wrong letter.
            jdbc.sql("set local pg_trgm.word_similarity_threshold = " + WORD_SIMILARITY)
                    .update();
            String search = filter.nameSearch().toLowerCase(java.util.Locale.ROOT);
            sql.append(" and (? <% m.search_name or m.search_name like ?)");
            params.add(search);
            params.add("%" + escapeLike(search) + "%");
        }
        if (page.afterKey() != null) {
            String[] key = decode(page.afterKey());
            sql.append(" and (lower(m.family_name), lower(m.given_name), m.id) > (?, ?, ?)");
            params.add(key[0]);
            params.add(key[1]);
            params.add(UUID.fromString(key[2]));
        }
        sql.append(" order by lower(m.family_name), lower(m.given_name), m.id limit ?");
        params.add(page.size() + 1);

        List<Row> rows = jdbc.sql(sql.toString())
                .params(params)
                .query(MemberReadModelAdapter::row)
                .list();
        boolean more = rows.size() > page.size();
        List<Row> shown = more ? rows.subList(0, page.size()) : rows;
        String nextKey = more ? shown.getLast().key() : null;
        return new Slice<>(shown.stream().map(Row::member).toList(), nextKey);
    }

    @Override
    public Optional<MemberRecord> find(MemberId id) {
        return jdbc.sql(SELECT + " where m.id = ?")
                .param(id.value())
                .query(MemberReadModelAdapter::row)
                .optional()
                .map(Row::member);
    }

    private record Row(MemberRecord member, String key) {}

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        UUID peer = rs.getObject("primary_peer_id", UUID.class);
        MemberRecord member = new MemberRecord(
                new MemberId(rs.getObject("id", UUID.class)),
                new PersonName(rs.getString("given_name"), rs.getString("family_name")),
                rs.getObject("date_of_birth", java.time.LocalDate.class),
                new Cin(rs.getString("cin")),
                County.valueOf(rs.getString("county")),
                MemberSnapshot.deliverySystems(strings(rs.getArray("delivery_systems"))),
                new Language(rs.getString("preferred_language")),
                peer == null ? null : new StaffId(peer),
                rs.getString("primary_peer_name"),
                rs.getLong("version"));
        String key = rs.getString("family_key")
                + KEY_SEPARATOR
                + rs.getString("given_key")
                + KEY_SEPARATOR
                + member.id().value();
        return new Row(
                member, Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8)));
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }

    private static String[] decode(String key) {
        String[] parts = new String(Base64.getUrlDecoder().decode(key), StandardCharsets.UTF_8)
                .split(String.valueOf(KEY_SEPARATOR), -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a member list key: " + key);
        }
        return parts;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
