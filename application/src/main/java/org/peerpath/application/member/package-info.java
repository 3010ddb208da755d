@NullMarked
package org.peerpath.application.member;

import org.jspecify.annotations.NullMarked;
