package org.peerpath.application.member;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.member.port.in.DuplicateCinException;
import org.peerpath.application.member.port.in.MemberFilter;
import org.peerpath.application.member.port.out.MemberReadModel;
import org.peerpath.application.member.port.out.MemberRecord;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.shared.Slice;
import org.peerpath.member.Cin;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.shared.StaffId;

/** The in-memory fake of the member ports, held to the same contract as the PostgreSQL adapter. */
public final class InMemoryMembers implements MemberRepository, MemberReadModel {

    private final Map<MemberId, Member> members = new LinkedHashMap<>();
    private final Function<StaffId, @Nullable String> staffNames;

    public InMemoryMembers(Function<StaffId, @Nullable String> staffNames) {
        this.staffNames = staffNames;
    }

    @Override
    public Optional<Member> findById(MemberId id) {
        return Optional.ofNullable(members.get(id));
    }

    @Override
    public boolean existsByCin(Cin cin) {
        return members.values().stream().anyMatch(member -> member.cin().equals(cin));
    }

    @Override
    public void save(Member member) {
        Member stored = members.get(member.id());
        if ((stored == null || !stored.cin().equals(member.cin())) && existsByCin(member.cin())) {
            throw new DuplicateCinException(member.cin());
        }
        if (stored != null && stored.version() != member.version()) {
            throw new ConcurrentChangeException("member");
        }
        long version = stored == null ? 0 : stored.version() + 1;
        members.put(
                member.id(),
                Member.restore(
                        member.id(),
                        member.name(),
                        member.dateOfBirth(),
                        member.cin(),
                        member.county(),
                        member.enrollments(),
                        member.preferredLanguage(),
                        member.primaryPeer().orElse(null),
                        member.contact(),
                        member.discharge().orElse(null),
                        version));
    }

    @Override
    public Slice<MemberRecord> page(MemberFilter filter, PageSpec page) {
        Comparator<Member> order = Comparator.comparingInt((Member m) -> rank(filter, m))
                .thenComparing((Member m) -> m.name().family().toLowerCase(Locale.ROOT))
                .thenComparing(m -> m.name().given().toLowerCase(Locale.ROOT))
                .thenComparing(m -> m.id().value());
        List<Member> matching = matching(filter).sorted(order).toList();
        int start = page.afterKey() == null ? 0 : Integer.parseInt(page.afterKey());
        int end = Math.min(matching.size(), start + page.size());
        String next = end < matching.size() ? String.valueOf(end) : null;
        return new Slice<>(
                matching.subList(start, end).stream().map(this::record).toList(), next);
    }

    @Override
    public long count(MemberFilter filter) {
        return matching(filter).count();
    }

    private Stream<Member> matching(MemberFilter filter) {
        return members.values().stream()
                // MEM-3: a discharged member is on no caseload.
                .filter(m -> filter.primaryPeer() == null
                        || (m.hasPrimaryPeer(filter.primaryPeer())
                                && m.discharge().isEmpty()))
                .filter(m -> filter.cin().map(m.cin()::equals).orElse(true))
                .filter(m -> filter.dateOfBirth().map(m.dateOfBirth()::equals).orElse(true))
                .filter(m -> !filter.searchesByName() || fullName(m).contains(search(filter)));
    }

    /** Exact name first, then names starting with the search, then the rest, as the PostgreSQL adapter ranks. */
    private static int rank(MemberFilter filter, Member m) {
        if (!filter.searchesByName()) {
            return 0;
        }
        String search = search(filter);
        String family = m.name().family().toLowerCase(Locale.ROOT);
        String given = m.name().given().toLowerCase(Locale.ROOT);
        if (fullName(m).equals(search) || family.equals(search) || given.equals(search)) {
            return 0;
        }
        return fullName(m).startsWith(search) || family.startsWith(search) ? 1 : 2;
    }

    private static String fullName(Member m) {
        return m.name().fullName().toLowerCase(Locale.ROOT);
    }

    private static String search(MemberFilter filter) {
        return filter.nameSearch().toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<MemberRecord> find(MemberId id) {
        return findById(id).map(this::record);
    }

    private MemberRecord record(Member m) {
        StaffId peer = m.primaryPeer().orElse(null);
        return new MemberRecord(
                m.id(),
                m.name(),
                m.dateOfBirth(),
                m.cin(),
                m.county(),
                m.deliverySystems(),
                m.preferredLanguage(),
                peer,
                peer == null ? null : staffNames.apply(peer),
                m.contact(),
                m.discharge().orElse(null),
                m.version());
    }
}
