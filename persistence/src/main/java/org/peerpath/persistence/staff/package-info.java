@NullMarked
package org.peerpath.persistence.staff;

import org.jspecify.annotations.NullMarked;
