package org.peerpath.ui.archfixture;

import com.vaadin.flow.component.html.Div;
import org.peerpath.application.member.EnrollMemberServiceStandIn;

/** Breaks the UI rule on purpose: a view that takes a use-case service instead of its inbound port. */
class ViewTakingService extends Div {

    ViewTakingService(EnrollMemberServiceStandIn service) {
        setText(String.valueOf(service));
    }
}
