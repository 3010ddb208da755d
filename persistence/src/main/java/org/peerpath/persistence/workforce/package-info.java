@NullMarked
package org.peerpath.persistence.workforce;

import org.jspecify.annotations.NullMarked;
