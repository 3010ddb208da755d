/** Peer services, their notes, and group sessions that yield one service per attendee (SVC, GRP). */
@NullMarked
package org.peerpath.service;

import org.jspecify.annotations.NullMarked;
