@NullMarked
package org.peerpath.persistence.recommendation;

import org.jspecify.annotations.NullMarked;
