package org.peerpath.persistence.member;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.peerpath.application.member.port.in.MemberFilter;
import org.peerpath.application.member.port.out.MemberReadModel;
import org.peerpath.application.member.port.out.MemberRecord;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.shared.Slice;
import org.peerpath.member.Cin;
import org.peerpath.member.Discharge;
import org.peerpath.member.Language;
import org.peerpath.member.MemberContact;
import org.peerpath.member.MemberId;
import org.peerpath.member.PersonName;
import org.peerpath.shared.County;
import org.peerpath.shared.StaffId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Member lists straight from SQL: keyset paging on (rank, last name, first name, id), so page 100 costs what page 1
 * costs. A CIN or a date of birth in the search box finds exactly those members (unique index, date index); other text
 * is a name, found by trigram word similarity (typos forgiven) or substring, both served by the pg_trgm index, and
 * ranked: the exact name first, then names that start with the text, then the rest. The delivery systems shown are
 * the enrollments in force today, the county's date (SVC-7).
 */
@Component
@Transactional(readOnly = true)
class MemberReadModelAdapter implements MemberReadModel {

    private static final String COLUMNS = """
            select m.id, m.given_name, m.family_name, m.date_of_birth, m.cin, m.county,
                   array(select e.delivery_system from member_enrollment e
                          where e.member_id = m.id
                            and e.starts_on <= (now() at time zone 'America/Los_Angeles')::date
                            and (e.ends_on is null or e.ends_on >= (now() at time zone 'America/Los_Angeles')::date)
                          order by e.delivery_system) as delivery_systems,
                   m.preferred_language, m.primary_peer_id, s.display_name as primary_peer_name, m.version,
                   m.phone, m.address, m.discharged_on, m.discharge_reason,
                   lower(m.family_name) as family_key, lower(m.given_name) as given_key, %s as rank_key
              from member m
              left join staff_account s on s.id = m.primary_peer_id
            """;
    private static final String RANK = """
            (case when ? in (m.search_name, lower(m.family_name), lower(m.given_name),
                             lower(m.family_name || ' ' || m.given_name), lower(m.family_name || ', ' || m.given_name))
                  then 0
                  when m.search_name like ? or lower(m.family_name) like ? then 1
                  else 2 end)""";
    private static final char KEY_SEPARATOR = '\u001f';
    private static final double WORD_SIMILARITY = 0.4;

    private final JdbcClient jdbc;

    MemberReadModelAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Slice<MemberRecord> page(MemberFilter filter, PageSpec page) {
        List<Object> params = new ArrayList<>();
        String rank = rank(filter, params);
        StringBuilder sql = new StringBuilder(COLUMNS.formatted(rank)).append(" where true");
        where(filter, sql, params);
        if (page.afterKey() != null) {
            String[] key = decode(page.afterKey());
            sql.append(" and (")
                    .append(rank)
                    .append(", lower(m.family_name), lower(m.given_name), m.id) > (?, ?, ?, ?)");
            rank(filter, params);
            params.add(Integer.parseInt(key[0]));
            params.add(key[1]);
            params.add(key[2]);
            params.add(UUID.fromString(key[3]));
        }
        sql.append(" order by rank_key, lower(m.family_name), lower(m.given_name), m.id limit ?");
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
    public long count(MemberFilter filter) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select count(*) from member m where true");
        where(filter, sql, params);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    @Override
    public Optional<MemberRecord> find(MemberId id) {
        return jdbc.sql(COLUMNS.formatted("0") + " where m.id = ?")
                .param(id.value())
                .query(MemberReadModelAdapter::row)
                .optional()
                .map(Row::member);
    }

    /** The rank expression of a name search (0 for every other list), with its parameters appended. */
    private static String rank(MemberFilter filter, List<Object> params) {
        if (!filter.searchesByName()) {
            return "0";
        }
        String search = search(filter);
        String prefix = escapeLike(search) + "%";
        params.add(search);
        params.add(prefix);
        params.add(prefix);
        return RANK;
    }

    private void where(MemberFilter filter, StringBuilder sql, List<Object> params) {
        if (filter.primaryPeer() != null) {
            // MEM-3: a discharged member is on no caseload.
            sql.append(" and m.primary_peer_id = ? and m.discharged_on is null");
            params.add(filter.primaryPeer().value());
        }
        if (filter.cin().isPresent()) {
            sql.append(" and m.cin = ?");
            params.add(filter.cin().get().value());
        } else if (filter.dateOfBirth().isPresent()) {
            sql.append(" and m.date_of_birth = ?");
            params.add(filter.dateOfBirth().get());
        } else if (filter.searchesByName()) {
            // Forgive a typo in a short name: pg_trgm's default word-similarity bar (0.6) rejects one wrong letter.
            jdbc.sql("set local pg_trgm.word_similarity_threshold = " + WORD_SIMILARITY)
                    .update();
            String search = search(filter);
            sql.append(" and (? <% m.search_name or m.search_name like ?)");
            params.add(search);
            params.add("%" + escapeLike(search) + "%");
        }
    }

    private static String search(MemberFilter filter) {
        return filter.nameSearch().toLowerCase(Locale.ROOT);
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
                new MemberContact(rs.getString("phone"), rs.getString("address")),
                rs.getObject("discharged_on", java.time.LocalDate.class) == null
                        ? null
                        : new Discharge(
                                rs.getObject("discharged_on", java.time.LocalDate.class),
                                rs.getString("discharge_reason")),
                rs.getLong("version"));
        String key = rs.getInt("rank_key")
                + String.valueOf(KEY_SEPARATOR)
                + rs.getString("family_key")
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
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a member list key: " + key);
        }
        return parts;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
