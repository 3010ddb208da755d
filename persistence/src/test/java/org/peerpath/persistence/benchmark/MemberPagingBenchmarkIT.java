package org.peerpath.persistence.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.in.MemberFilter;
import org.peerpath.application.member.port.out.MemberReadModel;
import org.peerpath.application.member.port.out.MemberRecord;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.shared.Slice;
import org.peerpath.persistence.PersistenceIT;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Why the caseload pages by key: prints how long a deep page takes by key and by OFFSET, and a name search, on a
 * caseload of {@value #MEMBERS} members. Figures, not assertions: run with {@code ./peerpath bench}.
 */
@Tag("benchmark")
class MemberPagingBenchmarkIT extends PersistenceIT {

    private static final int MEMBERS = 50_000;
    private static final int PAGE = 50;
    private static final int RUNS = 15;

    @Autowired
    MemberReadModel readModel;

    @Autowired
    JdbcClient jdbc;

    @Test
    void deep_pages_cost_the_same_as_the_first_by_key_but_not_by_offset() {
        StaffId peer = newStaff(Role.PEER);
        jdbc.sql("""
                insert into member (id, given_name, family_name, date_of_birth, cin, county,
                                    preferred_language, primary_peer_id)
                select gen_random_uuid(), 'Given' || n, 'Family' || lpad(n::text, 6, '0'), date '1980-01-01' + (n % 9000),
                       lpad((80000000 + n)::text, 8, '0') || 'B', 'YOLO', 'English', ?
                  from generate_series(1, ?) as n
                """).params(peer.value(), MEMBERS).update();
        jdbc.sql("analyze member").update();
        MemberFilter caseload = new MemberFilter(peer, "");

        String deepKey = walkTo(caseload, MEMBERS - PAGE);
        double first = medianMillis(() -> readModel.page(caseload, PageSpec.first(PAGE)));
        double deepByKey = medianMillis(() -> readModel.page(caseload, new PageSpec(PAGE, deepKey)));
        double deepByOffset = medianMillis(() -> jdbc.sql("""
                        select m.id from member m where m.primary_peer_id = ?
                         order by lower(m.family_name), lower(m.given_name), m.id offset ? limit ?
                        """)
                .params(peer.value(), MEMBERS - PAGE, PAGE)
                .query(String.class)
                .list());
        double search = medianMillis(() -> readModel.page(new MemberFilter(peer, "Family04321"), PageSpec.first(PAGE)));

        System.out.printf(
                "%nMember paging on %,d members, page of %d, median of %d runs:%n"
                        + "  first page (key)         %7.2f ms%n"
                        + "  last page by key         %7.2f ms   (%.1fx the first page)%n"
                        + "  last page by OFFSET      %7.2f ms   (%.1fx the first page)%n"
                        + "  name search (pg_trgm)    %7.2f ms%n%n",
                MEMBERS, PAGE, RUNS, first, deepByKey, deepByKey / first, deepByOffset, deepByOffset / first, search);
    }

    private String walkTo(MemberFilter filter, int offset) {
        Slice<MemberRecord> slice = readModel.page(filter, new PageSpec(PageSpec.MAX_SIZE, null));
        int position = slice.items().size();
        while (position < offset) {
            int size = Math.min(PageSpec.MAX_SIZE, offset - position);
            slice = readModel.page(filter, new PageSpec(size, slice.nextKey()));
            position += slice.items().size();
        }
        return slice.nextKey();
    }

    private static double medianMillis(Supplier<?> query) {
        for (int i = 0; i < 3; i++) {
            query.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            times.add((System.nanoTime() - start) / 1_000_000.0);
        }
        Collections.sort(times);
        return times.get(RUNS / 2);
    }
}
