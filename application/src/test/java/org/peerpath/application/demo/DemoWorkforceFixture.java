package org.peerpath.application.demo;

import java.time.Clock;
import org.peerpath.application.collateral.InMemoryCollaterals;
import org.peerpath.application.county.InMemoryCountyProfiles;
import org.peerpath.application.levelofcare.InMemoryEpisodes;
import org.peerpath.application.member.InMemoryMembers;
import org.peerpath.application.plan.InMemoryPlans;
import org.peerpath.application.recommendation.InMemoryRecommendations;
import org.peerpath.application.staff.InMemoryStaffDirectory;
import org.peerpath.application.supervision.InMemoryOversight;
import org.peerpath.application.workforce.InMemoryWorkforce;

/** The demo program loaded into the in-memory fakes, for use case tests in other packages. */
public final class DemoWorkforceFixture {

    public final InMemoryStaffDirectory staff = new InMemoryStaffDirectory();
    public final InMemoryOversight oversight = new InMemoryOversight();
    public final InMemoryCountyProfiles countyProfiles = new InMemoryCountyProfiles();
    public final InMemoryWorkforce workforce =
            new InMemoryWorkforce(id -> staff.findById(id).isPresent());

    public final InMemoryPlans plans = new InMemoryPlans();

    public DemoWorkforceFixture(Clock clock) {
        InMemoryMembers members = new InMemoryMembers(staff::displayName);
        new DemoProgramService(
                        staff,
                        members,
                        oversight.supervisions(),
                        oversight.directions(),
                        countyProfiles,
                        new InMemoryEpisodes(),
                        new InMemoryRecommendations(),
                        raw -> "hash",
                        new InMemoryCollaterals(),
                        clock,
                        new DemoWorkforce(workforce, workforce, workforce, workforce, clock),
                        new DemoPlans(plans, plans, clock))
                .loadIntoEmptyDatabase();
    }
}
