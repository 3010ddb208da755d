package org.peerpath.ui.workforce;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.peerpath.application.workforce.port.in.CertificationDetails;
import org.peerpath.application.workforce.port.in.MyCompliance;
import org.peerpath.application.workforce.port.in.WorkforceQueries;
import org.peerpath.credential.BhpCredential;
import org.peerpath.credential.CertificationAlert;
import org.peerpath.shared.Role;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.DomainMessages;

/**
 * My compliance (issue F): the signed-in person's own certification status and days to expiry (CERT-4, CERT-5), CE
 * progress and affirmation (CERT-6), reminders (CERT-10), supervisor training clock (SUP-3) and BHP credentials
 * (DIR-1). CERT-5's expiry anchor is shown as the assumption it is.
 */
@Route("my-compliance")
@Menu(order = 4, title = "menu.my-compliance", icon = "vaadin:clipboard-check")
@RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE})
public class MyComplianceView extends Main implements HasDynamicTitle {

    final Div certification = new Div();
    final Div supervisor = new Div();
    final Div credentials = new Div();

    MyComplianceView(WorkforceQueries queries, CurrentUser currentUser) {
        addClassNames("page", "my-compliance-view", LumoUtility.MaxWidth.SCREEN_MEDIUM);
        MyCompliance mine = queries.myCompliance(currentUser.actor());
        add(new H1(getTranslation("workforce.my.title")));
        certification.setId("my-certification");
        supervisor.setId("my-supervisor");
        credentials.setId("my-credentials");
        showCertification(mine);
        add(certification);
        if (mine.supervisor() != null) {
            supervisor.add(new H2(getTranslation("workforce.my.supervisor")));
            Paragraph clock = new Paragraph(StaffRecordView.trainingClock(this, mine.supervisor()));
            clock.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            supervisor.add(clock);
            add(supervisor);
        }
        if (!mine.credentials().isEmpty()) {
            credentials.add(new H2(getTranslation("workforce.my.credentials")));
            UnorderedList list = new UnorderedList();
            for (BhpCredential credential : mine.credentials()) {
                list.add(new ListItem(getTranslation(
                        "workforce.credential.item",
                        getTranslation(
                                "enum.CredentialType." + credential.type().name()),
                        credential.number(),
                        getTranslation("workforce.credential-status."
                                + credential.status().name()),
                        credential.issuedOn(),
                        credential.expiresOn(),
                        getTranslation(
                                credential.isCurrentOn(mine.today())
                                        ? "workforce.credential.current-today"
                                        : "workforce.credential.not-current-today"))));
            }
            credentials.add(list);
            add(credentials);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workforce.my.title");
    }

    private void showCertification(MyCompliance mine) {
        certification.add(new H2(getTranslation("workforce.my.certification")));
        if (mine.certifications().isEmpty()) {
            if (mine.supervisor() == null && mine.credentials().isEmpty()) {
                certification.add(new Paragraph(getTranslation("workforce.my.nothing")));
            } else {
                certification.add(new Paragraph(getTranslation("workforce.cert.none")));
            }
            return;
        }
        CertificationDetails cert = mine.certifications().getFirst();
        Div head = new Div(
                WorkforceTexts.statusBadge(this, cert.standing().status()),
                new Span(" " + WorkforceTexts.standing(this, cert.standing())));
        head.addClassNames("badge-row", LumoUtility.AlignItems.CENTER);
        head.setId("my-status");
        certification.add(head);
        if (cert.daysToExpiry() != null) {
            Paragraph days = new Paragraph(getTranslation("workforce.cert.days-to-expiry", cert.daysToExpiry()));
            days.setId("my-days-to-expiry");
            days.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.SEMIBOLD);
            certification.add(days);
        }
        Paragraph progress = new Paragraph(WorkforceTexts.progress(
                this, cert.progress().hours(), cert.progress().lawAndEthicsHours()));
        progress.setId("my-ce-progress");
        certification.add(new Paragraph(getTranslation("workforce.my.ce-this-cycle")), progress);
        Paragraph affirmation = new Paragraph(
                getTranslation(cert.affirmationDue() ? "workforce.affirmation.due" : "workforce.affirmation.signed"));
        affirmation.setId("my-affirmation");
        certification.add(affirmation);
        if (cert.renewalWindowOpensOn() != null) {
            certification.add(new Paragraph(getTranslation(
                    "workforce.my.window",
                    cert.renewalWindowOpensOn(),
                    cert.standing().expiresOn())));
        }
        if (!cert.alerts().isEmpty()) {
            UnorderedList alerts = new UnorderedList();
            alerts.setId("my-alerts");
            for (CertificationAlert alert : cert.alerts()) {
                alerts.add(new ListItem("CERT-10 · " + DomainMessages.of(alert.messageKey(), alert.args())));
            }
            certification.add(alerts);
        }
        Paragraph assumption = new Paragraph(getTranslation("workforce.assumption.cert-5"));
        assumption.setId("my-assumption");
        assumption.addClassNames("assumption", LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        certification.add(assumption);
    }
}
