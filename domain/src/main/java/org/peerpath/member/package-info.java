/** Members of the peer support program: who they are and which delivery systems they are enrolled in (MEM). */
@NullMarked
package org.peerpath.member;

import org.jspecify.annotations.NullMarked;
