@NullMarked
package org.peerpath.persistence.claimrecord;

import org.jspecify.annotations.NullMarked;
