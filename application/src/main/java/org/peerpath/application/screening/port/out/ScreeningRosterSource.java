package org.peerpath.application.screening.port.out;

import java.util.List;
import org.peerpath.screening.ScreenedPerson;

/** Out port: everyone screening covers (SCR-1): enabled peers, supervisors and BHPs with their NPI, licenses, birth date. */
public interface ScreeningRosterSource {

    List<ScreenedPerson> everyoneToScreen();
}
