@NullMarked
package org.peerpath.persistence.member;

import org.jspecify.annotations.NullMarked;
