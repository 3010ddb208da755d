package org.peerpath.application.claimrecord;

import org.peerpath.application.claimrecord.port.out.ClaimRecordRepository;
import org.peerpath.member.MemberId;

class InMemoryClaimRecordFilesTest extends ClaimRecordRepositoryContract {

    private final InMemoryClaimRecordFiles files = new InMemoryClaimRecordFiles();

    @Override
    protected ClaimRecordRepository repository() {
        return files;
    }

    @Override
    protected MemberId existingMember() {
        return MemberId.newId();
    }
}
