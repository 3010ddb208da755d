package org.peerpath.application.county.port.in;

/** Sets up the installation's county profile with the catalogue's defaults for the county (CTY). */
public interface EstablishCountyProfileUseCase {

    /** @throws CountyProfileExistsException when the installation has its profile already */
    void establish(EstablishCountyProfileCommand command);
}
