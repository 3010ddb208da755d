@NullMarked
package org.peerpath.application.claimrecord.port.in;

import org.jspecify.annotations.NullMarked;
