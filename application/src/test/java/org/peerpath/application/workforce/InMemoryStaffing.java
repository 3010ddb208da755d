package org.peerpath.application.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.peerpath.application.workforce.port.out.StaffingRecordRepository;
import org.peerpath.county.PeerDesignation;
import org.peerpath.shared.StaffId;

/** A fake of the staffing records (CTY-3, CTY-4) for use-case tests. */
public final class InMemoryStaffing implements StaffingRecordRepository {

    private final List<PeerDesignation> designations = new ArrayList<>();
    private final List<Review> reviews = new ArrayList<>();

    private record Review(StaffId peer, LocalDate on) {}

    @Override
    public synchronized List<PeerDesignation> designationsOf(StaffId peer) {
        return designations.stream()
                .filter(d -> d.peer().equals(peer))
                .sorted(Comparator.comparing(PeerDesignation::designatedOn))
                .toList();
    }

    @Override
    public synchronized void addDesignation(PeerDesignation designation, StaffId recordedBy, Instant recordedAt) {
        designations.add(designation);
    }

    @Override
    public synchronized List<LocalDate> skillsReviewsOf(StaffId peer) {
        return reviews.stream()
                .filter(r -> r.peer().equals(peer))
                .map(Review::on)
                .sorted()
                .toList();
    }

    @Override
    public synchronized void addSkillsReview(
            StaffId peer, LocalDate reviewedOn, StaffId recordedBy, Instant recordedAt) {
        reviews.add(new Review(peer, reviewedOn));
    }
}
