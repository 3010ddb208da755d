@NullMarked
package org.peerpath.persistence.plan;

import org.jspecify.annotations.NullMarked;
