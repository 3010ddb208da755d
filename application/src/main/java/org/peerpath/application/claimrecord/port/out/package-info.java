@NullMarked
package org.peerpath.application.claimrecord.port.out;

import org.jspecify.annotations.NullMarked;
