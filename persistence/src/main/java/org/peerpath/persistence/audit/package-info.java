@NullMarked
package org.peerpath.persistence.audit;

import org.jspecify.annotations.NullMarked;
