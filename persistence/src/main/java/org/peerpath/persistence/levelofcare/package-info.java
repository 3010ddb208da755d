@NullMarked
package org.peerpath.persistence.levelofcare;

import org.jspecify.annotations.NullMarked;
