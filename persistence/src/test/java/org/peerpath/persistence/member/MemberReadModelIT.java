package org.peerpath.persistence.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.in.MemberFilter;
import org.peerpath.application.member.port.out.MemberReadModel;
import org.peerpath.application.member.port.out.MemberRecord;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.shared.Slice;
import org.peerpath.application.shared.TestMembers;
import org.peerpath.member.Member;
import org.peerpath.persistence.PersistenceIT;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.springframework.beans.factory.annotation.Autowired;

class MemberReadModelIT extends PersistenceIT {

    @Autowired
    MemberRepository repository;

    @Autowired
    MemberReadModel readModel;

    private Member onCaseload(StaffId peer, String given, String family) {
        Member member = TestMembers.member(given, family).assignPrimaryPeer(peer);
        repository.save(member);
        return member;
    }

    @Test
    void mem3_keyset_pages_walk_a_caseload_in_name_order_without_gaps_or_repeats() {
        StaffId peer = newStaff(Role.PEER);
        StaffId otherPeer = newStaff(Role.PEER);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            // Same last name for some, so that the first name and then the id break ties.
            String family = i % 3 == 0 ? "Ashgrove" : "Family" + (char) ('A' + i);
            Member member = onCaseload(peer, "Given" + (char) ('Z' - i), family);
            expected.add(member.name().family().toLowerCase() + "|"
                    + member.name().given().toLowerCase());
        }
        onCaseload(otherPeer, "Not", "Mine");
        expected.sort(String::compareTo);

        List<String> walked = new ArrayList<>();
        Slice<MemberRecord> page = readModel.page(new MemberFilter(peer, ""), PageSpec.first(5));
        int pages = 1;
        while (true) {
            page.items()
                    .forEach(m -> walked.add(m.name().family().toLowerCase() + "|"
                            + m.name().given().toLowerCase()));
            if (page.nextKey() == null) {
                break;
            }
            page = readModel.page(new MemberFilter(peer, ""), new PageSpec(5, page.nextKey()));
            pages++;
        }

        assertThat(walked).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(5);
    }

    @Test
    void mem3_search_finds_names_by_part_and_forgives_a_typo_within_the_caseload_only() {
        StaffId peer = newStaff(Role.PEER);
        StaffId otherPeer = newStaff(Role.PEER);
        Member zephyrine = onCaseload(peer, "Zephyrine", "Quillonwood");
        onCaseload(peer, "Bartholomew", "Ashcombe");
        onCaseload(otherPeer, "Zephyrine", "Elsewhere");

        assertThat(readModel
                        .page(new MemberFilter(peer, "quillon"), PageSpec.first(10))
                        .items())
                .extracting(MemberRecord::id)
                .containsExactly(zephyrine.id());
        assertThat(readModel
                        .page(new MemberFilter(peer, "Zefyrine"), PageSpec.first(10))
                        .items())
                .extracting(MemberRecord::id)
                .containsExactly(zephyrine.id());
        assertThat(readModel
                        .page(new MemberFilter(peer, "100%_"), PageSpec.first(10))
                        .items())
                .isEmpty();
    }

    @Test
    void a_member_record_carries_the_primary_peers_name() {
        StaffId peer = newStaff(Role.PEER);
        Member member = onCaseload(peer, "Named", "Peerfield");

        assertThat(readModel.find(member.id()).orElseThrow().primaryPeerName()).startsWith("Test peer.");
    }

    private List<String> names(MemberFilter filter, int pageSize) {
        List<String> walked = new ArrayList<>();
        Slice<MemberRecord> page = readModel.page(filter, PageSpec.first(pageSize));
        while (true) {
            page.items().forEach(m -> walked.add(m.name().fullName()));
            if (page.nextKey() == null) {
                return walked;
            }
            page = readModel.page(filter, new PageSpec(pageSize, page.nextKey()));
        }
    }

    @Test
    void a_cin_in_the_search_box_finds_exactly_that_member_in_any_case() {
        Member wanted = TestMembers.member("Cinthia", "Lookupfield");
        repository.save(wanted);
        repository.save(TestMembers.member("Other", "Lookupfield"));
        String cin = wanted.cin().value();

        for (String typed : List.of(cin, " " + cin.toLowerCase() + " ")) {
            MemberFilter filter = new MemberFilter(null, typed);
            assertThat(readModel.page(filter, PageSpec.first(10)).items())
                    .extracting(MemberRecord::id)
                    .containsExactly(wanted.id());
            assertThat(readModel.count(filter)).isEqualTo(1);
        }
    }

    @Test
    void a_date_of_birth_written_m_d_yyyy_or_yyyy_mm_dd_finds_exactly_the_members_born_that_day() {
        StaffId peer = newStaff(Role.PEER);
        Member born = TestMembers.member("Datey", "Birthfield", java.time.LocalDate.of(1961, 7, 4))
                .assignPrimaryPeer(peer);
        repository.save(born);
        repository.save(TestMembers.member("Notdatey", "Birthfield", java.time.LocalDate.of(1961, 7, 5))
                .assignPrimaryPeer(peer));

        for (String typed : List.of("7/4/1961", "07/04/1961", "1961-07-04")) {
            MemberFilter filter = new MemberFilter(peer, typed);
            assertThat(readModel.page(filter, PageSpec.first(10)).items())
                    .as(typed)
                    .extracting(MemberRecord::id)
                    .containsExactly(born.id());
            assertThat(readModel.count(filter)).isEqualTo(1);
        }
        assertThat(readModel.count(new MemberFilter(peer, "2/31/1961"))).isZero();
    }

    @Test
    void a_name_search_ranks_the_exact_name_first_then_names_starting_with_it_then_typo_matches_across_pages() {
        StaffId peer = newStaff(Role.PEER);
        onCaseload(peer, "Aaron", "Marsh"); // exact last name
        onCaseload(peer, "Zed", "Marshall"); // starts with the text
        onCaseload(peer, "Amy", "Marshfield"); // starts with the text
        onCaseload(peer, "Abe", "Delmarsh"); // contains it
        onCaseload(peer, "Al", "Marsch"); // a typo away
        onCaseload(peer, "Bo", "Unrelated");

        MemberFilter filter = new MemberFilter(peer, "Marsh");
        assertThat(names(filter, 2))
                .containsExactly("Aaron Marsh", "Zed Marshall", "Amy Marshfield", "Abe Delmarsh", "Al Marsch");
        assertThat(names(filter, 50)).isEqualTo(names(filter, 1));
        assertThat(readModel.count(filter)).isEqualTo(5);
        assertThat(readModel.count(new MemberFilter(peer, ""))).isEqualTo(6);
    }
}
