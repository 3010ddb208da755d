package org.peerpath.application.service.port.in;

/**
 * SVC-10: when the county asks for it ({@code CountySettings.supervisorCosignsNotes}, off by default), the rendering
 * peer's supervisor on the care team co-signs a signed note; refused when the setting is off.
 */
public interface CosignNoteUseCase {

    void cosign(CosignNoteCommand command);
}
