/** The PeerPath pages for an address that cannot be opened: not allowed, or not there. Never Vaadin's route list. */
@NullMarked
package org.peerpath.ui.error;

import org.jspecify.annotations.NullMarked;
