package org.peerpath.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerpath.claim.ClaimFixture.DOS;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerpath.service.PeerService;

/** D.5, RPT-2: a batch judges each service once, against facts it asks for once per service. */
class ClaimBatchTest {

    @Test
    void rpt2_a_batch_asks_for_each_services_facts_once_and_judges_it_once() {
        ClaimFixture f = new ClaimFixture();
        PeerService ready = PeerService.record(f.service(), f.plans)
                .writeNote("Met at the office", ClaimFixture.PEER)
                .signNote(DOS.plusDays(1).atTime(9, 0));
        PeerService voided = ready.voidService("Wrong member");
        List<PeerService> asked = new ArrayList<>();

        ClaimBatch batch = ClaimBatch.of(List.of(ready, voided), service -> {
            asked.add(service);
            return f.facts();
        });

        assertThat(asked).containsExactly(ready, voided);
        assertThat(batch.lines()).hasSize(1);
        assertThat(batch.held()).containsOnlyKeys(voided.id());
    }
}
