@NullMarked
package org.peerpath.application.member.port.in;

import org.jspecify.annotations.NullMarked;
