package org.peerpath.ui.archfixture;

import com.vaadin.flow.component.html.Div;
import org.peerpath.application.member.port.out.MemberRepository;

/** Breaks the UI rule on purpose: a view that takes an out port. Only {@code ArchitectureTest} imports it. */
class ViewTakingOutPort extends Div {

    ViewTakingOutPort(MemberRepository members) {
        setText(String.valueOf(members));
    }
}
