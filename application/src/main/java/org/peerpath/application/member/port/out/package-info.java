@NullMarked
package org.peerpath.application.member.port.out;

import org.jspecify.annotations.NullMarked;
