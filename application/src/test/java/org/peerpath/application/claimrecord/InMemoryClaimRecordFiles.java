package org.peerpath.application.claimrecord;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerpath.application.claimrecord.port.out.ClaimRecordRepository;
import org.peerpath.application.claimrecord.port.out.MemberClaimFile;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.county.CountyHoliday;
import org.peerpath.member.MemberId;

/** The in-memory fake of the claim-record port, held to the same contract as the PostgreSQL adapter. */
public final class InMemoryClaimRecordFiles implements ClaimRecordRepository {

    private final Map<MemberId, Versioned<MemberClaimFile>> files = new HashMap<>();
    private Versioned<List<CountyHoliday>> holidays = Versioned.neverStored(List.of());

    @Override
    public Versioned<MemberClaimFile> findByMember(MemberId member) {
        return Optional.ofNullable(files.get(member)).orElseGet(() -> Versioned.neverStored(MemberClaimFile.EMPTY));
    }

    @Override
    public void save(MemberId member, MemberClaimFile file, long seenVersion) {
        long current = findByMember(member).version();
        if (current != seenVersion) {
            throw new ConcurrentChangeException("claim records");
        }
        files.put(member, new Versioned<>(file, next(current)));
    }

    @Override
    public Versioned<List<CountyHoliday>> holidays() {
        return holidays;
    }

    @Override
    public void saveHolidays(List<CountyHoliday> days, long seenVersion) {
        if (holidays.version() != seenVersion) {
            throw new ConcurrentChangeException("county holidays");
        }
        holidays = new Versioned<>(List.copyOf(days), next(seenVersion));
    }

    private static long next(long current) {
        return current == Versioned.NEVER_STORED ? 0 : current + 1;
    }
}
