package org.peerpath.application.county;

import org.peerpath.application.county.port.out.CountyProfileRepository;

class InMemoryCountyProfilesTest extends CountyProfileRepositoryContract {

    private InMemoryCountyProfiles profiles = new InMemoryCountyProfiles();

    @Override
    protected CountyProfileRepository repository() {
        return profiles;
    }

    @Override
    protected void forgetTheProfile() {
        profiles = new InMemoryCountyProfiles();
    }
}
