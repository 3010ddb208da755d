@NullMarked
package org.peerpath.ui.member.service;

import org.jspecify.annotations.NullMarked;
