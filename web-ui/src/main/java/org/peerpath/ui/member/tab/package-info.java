@NullMarked
package org.peerpath.ui.member.tab;

import org.jspecify.annotations.NullMarked;
