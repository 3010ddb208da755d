package org.peerpath.ui.shared;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.peerpath.claim.Finding;
import org.peerpath.claim.Severity;

/**
 * CHECK-1: a claim check's findings as a list, one item per finding: its rule ID as a badge coloured by severity, then
 * the finding's sentence from the bundle. The check panel's list also says the severity in words to screen readers
 * and marks each item by severity; the shorter list under a row shows only the badge and the sentence.
 */
public final class FindingList extends UnorderedList {

    private final boolean severityInWords;

    private FindingList(boolean severityInWords) {
        this.severityInWords = severityInWords;
        addClassName("check-findings");
    }

    /** The list of a page's one check panel ({@code #check-findings}), filled by {@link #show}. */
    public static FindingList checkPanel() {
        FindingList list = new FindingList(true);
        list.setId("check-findings");
        return list;
    }

    /** The short list under a row (a service, a queue item, an attendee). */
    public static FindingList row(List<Finding> findings) {
        return new FindingList(false).show(findings);
    }

    /** Shows these findings in place of the ones shown before. */
    public FindingList show(List<Finding> findings) {
        removeAll();
        findings.forEach(finding -> add(item(finding)));
        return this;
    }

    private ListItem item(Finding finding) {
        boolean blocks = finding.severity() == Severity.BLOCK;
        Span rule = new Span(finding.ruleId());
        rule.addClassNames("badge", blocks ? "badge-block" : "badge-warn");
        Span sentence = new Span(DomainMessages.of(finding.messageKey(), finding.args()));
        if (!severityInWords) {
            return new ListItem(rule, sentence);
        }
        // the badge's colour alone would not tell a screen reader whether the finding stops the claim
        Span kind = new Span(getTranslation(blocks ? "services.check.blocks" : "services.check.warns"));
        kind.addClassName("visually-hidden");
        ListItem item = new ListItem(rule, kind, sentence);
        item.addClassName(blocks ? "finding-block" : "finding-warn");
        return item;
    }
}
