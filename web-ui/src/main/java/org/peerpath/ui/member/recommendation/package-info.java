@NullMarked
package org.peerpath.ui.member.recommendation;

import org.jspecify.annotations.NullMarked;
