@NullMarked
package org.peerpath.ui.member;

import org.jspecify.annotations.NullMarked;
