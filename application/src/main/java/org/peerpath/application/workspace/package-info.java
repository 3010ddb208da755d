/** The member workspace's overview: one read of what a peer wants to know first about a member (MEM-1..3, SVC-7, LOC-2, DIR-3). */
@NullMarked
package org.peerpath.application.workspace;

import org.jspecify.annotations.NullMarked;
