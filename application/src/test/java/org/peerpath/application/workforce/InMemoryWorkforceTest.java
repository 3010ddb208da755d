package org.peerpath.application.workforce;

import org.peerpath.application.workforce.port.out.BhpCredentialRepository;
import org.peerpath.application.workforce.port.out.CertificationRepository;
import org.peerpath.application.workforce.port.out.StaffRecordRepository;
import org.peerpath.application.workforce.port.out.SupervisorQualificationRepository;
import org.peerpath.shared.StaffId;

class InMemoryWorkforceTest extends WorkforceRepositoryContract {

    private final InMemoryWorkforce workforce = new InMemoryWorkforce();

    @Override
    protected StaffRecordRepository records() {
        return workforce;
    }

    @Override
    protected CertificationRepository certifications() {
        return workforce;
    }

    @Override
    protected SupervisorQualificationRepository supervisors() {
        return workforce;
    }

    @Override
    protected BhpCredentialRepository credentials() {
        return workforce;
    }

    @Override
    protected StaffId existingStaff() {
        return workforce.addStaff();
    }
}
