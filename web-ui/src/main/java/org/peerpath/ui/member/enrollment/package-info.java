@NullMarked
package org.peerpath.ui.member.enrollment;

import org.jspecify.annotations.NullMarked;
