package org.peerpath.application.collateral.port.in;

/** COL-3: the member takes back an authorization to share, from a date; counts from the next request. */
public interface RevokeAuthorizationUseCase {

    void revoke(RevokeAuthorizationCommand command);
}
