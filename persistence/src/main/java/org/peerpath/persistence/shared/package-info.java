@NullMarked
package org.peerpath.persistence.shared;

import org.jspecify.annotations.NullMarked;
