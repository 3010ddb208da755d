@NullMarked
package org.peerpath.ui.member.levelofcare;

import org.jspecify.annotations.NullMarked;
