package org.peerpath.application.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerpath.application.plan.port.out.PlanRepository;
import org.peerpath.application.plan.port.out.PlanStep;
import org.peerpath.application.plan.port.out.ProgressRepository;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.goal.ProgressEntry;
import org.peerpath.member.MemberId;
import org.peerpath.plan.CompletePlan;
import org.peerpath.plan.DraftPlan;
import org.peerpath.plan.PlanContent;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.plan.PlanOfCareId;
import org.peerpath.plan.PlanStatus;
import org.peerpath.plan.ReturnedPlan;
import org.peerpath.plan.SignedPlan;
import org.peerpath.plan.SupersededPlan;

/** The in-memory fake of the plan ports, held to the same contract as the PostgreSQL adapter. */
public final class InMemoryPlans implements PlanRepository, ProgressRepository {

    private final Map<PlanOfCareId, PlanOfCare> plans = new LinkedHashMap<>();
    private final List<PlanStep> steps = new ArrayList<>();
    private final Map<MemberId, List<ProgressEntry>> progress = new LinkedHashMap<>();

    @Override
    public synchronized Optional<PlanOfCare> findById(PlanOfCareId id) {
        return Optional.ofNullable(plans.get(id));
    }

    @Override
    public synchronized List<PlanOfCare> awaitingSignOff() {
        return plans.values().stream()
                .filter(p -> p.status() == PlanStatus.SIGNED)
                .toList();
    }

    @Override
    public synchronized void insert(PlanOfCare plan, PlanStep step) {
        boolean openExists =
                plans.values().stream().anyMatch(p -> p.member().equals(plan.member()) && isOpen(p) && isOpen(plan));
        if (plans.containsKey(plan.id()) || openExists) {
            throw new ConcurrentChangeException("plan of care");
        }
        plans.put(plan.id(), withVersion(plan, 0));
        steps.add(step);
    }

    @Override
    public synchronized void update(PlanOfCare plan, PlanStep step) {
        PlanOfCare stored = plans.get(plan.id());
        if (stored == null || stored.version() != plan.version()) {
            throw new ConcurrentChangeException("plan of care");
        }
        plans.put(plan.id(), withVersion(plan, plan.version() + 1));
        steps.add(step);
    }

    @Override
    public synchronized List<PlanStep> stepsOf(PlanOfCareId plan) {
        return steps.stream().filter(s -> s.plan().equals(plan)).toList();
    }

    @Override
    public synchronized List<PlanOfCare> plansOf(MemberId member) {
        return plans.values().stream()
                .filter(p -> p.member().equals(member))
                .sorted(Comparator.comparing(PlanOfCare::versionNumber))
                .toList();
    }

    @Override
    public synchronized List<ProgressEntry> progressOf(MemberId member) {
        return progress.getOrDefault(member, List.of()).stream()
                .sorted(Comparator.comparing(ProgressEntry::on))
                .toList();
    }

    @Override
    public synchronized void add(MemberId member, ProgressEntry entry) {
        progress.computeIfAbsent(member, m -> new ArrayList<>()).add(entry);
    }

    private static boolean isOpen(PlanOfCare plan) {
        return plan.status() == PlanStatus.DRAFT
                || plan.status() == PlanStatus.SIGNED
                || plan.status() == PlanStatus.RETURNED;
    }

    /** The plan as stored at {@code version}, as the JPA adapter hands it back. */
    static PlanOfCare withVersion(PlanOfCare plan, long version) {
        PlanContent c = plan.content();
        PlanContent content = new PlanContent(
                c.id(),
                c.lineage(),
                c.versionNumber(),
                c.member(),
                c.peer(),
                c.authorship(),
                c.narrative(),
                c.amountDurationScope(),
                c.goals(),
                c.treatmentPlanReference(),
                c.developmentSession(),
                version);
        return switch (plan) {
            case DraftPlan d -> new DraftPlan(content);
            case ReturnedPlan r -> new ReturnedPlan(content, r.returnedBy(), r.comment());
            case SignedPlan s -> new SignedPlan(content, s.signed(), s.peerReview(), s.supervisorReview());
            case CompletePlan p -> new CompletePlan(content, p.signed(), p.completion());
            case SupersededPlan p ->
                new SupersededPlan(
                        new CompletePlan(content, p.plan().signed(), p.plan().completion()), p.supersededOn());
        };
    }
}
