@NullMarked
package org.peerpath.ui.member.claimrecord;

import org.jspecify.annotations.NullMarked;
