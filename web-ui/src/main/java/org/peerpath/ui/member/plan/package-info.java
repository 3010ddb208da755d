/** The Plan tab of the member workspace and its goal progress charts (POC, GOAL). */
@NullMarked
package org.peerpath.ui.member.plan;

import org.jspecify.annotations.NullMarked;
