package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.view.PageFrame;
import org.uca.adapter.web.view.PropertiesByAddressPage;
import org.uca.adapter.web.view.PropertiesByAddressPage.PropertySearch;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.SafeVisitQuery;
import org.uca.domain.shared.Refusal;

/**
 * {@code /visits/properties}: the contractor finds the property by postcode and first line, then follows it to its
 * safe visit ({@code /visits?uprn=…}). Only the properties are shown, never who lives there.
 */
public final class PropertiesByAddressController {

    private final PageWriter pages;
    private final SafeVisitQuery visits;
    private final Optional<String> phone;

    public PropertiesByAddressController(PageWriter pages, SafeVisitQuery visits, Optional<String> phone) {
        this.pages = pages;
        this.visits = visits;
        this.phone = phone;
    }

    public void register(RouteTable routes) {
        routes.get("/visits/properties", this::find);
    }

    private void find(Context ctx) {
        String postcode = Option.of(ctx.queryParam("postcode")).getOrElse("").strip();
        String address = Option.of(ctx.queryParam("address")).getOrElse("").strip();
        boolean searched = ctx.queryParam("postcode") != null || ctx.queryParam("address") != null;
        PageFrame frame = pages.frame(ctx, "Find the property by its address");
        PropertySearch search = new PropertySearch(postcode, address, null, null);
        List<PropertiesByAddressPage.Property> properties = List.of();
        boolean more = false;
        if (searched) {
            Either<Failure, SafeVisitQuery.PropertiesFound> found = visits.propertiesByAddress(RequestSessions.me(ctx),
                    postcode, address);
            if (found.isLeft() && found.getLeft() instanceof Failure.Refused refused) {
                ctx.status(422);
                search = new PropertySearch(postcode, address, reason(refused.refusal(), "postcode"),
                        reason(refused.refusal(), "address"));
                List<PageFrame.ErrorItem> errors = new ArrayList<>();
                refused.refusal().problems().forEach(p -> errors.add(new PageFrame.ErrorItem(p.reason(),
                        "#" + (p.field().equals("address") ? "address" : "postcode"))));
                frame = frame.withErrors(errors);
            } else {
                SafeVisitQuery.PropertiesFound listed = orFail(found);
                properties = listed.properties().map(p -> new PropertiesByAddressPage.Property(p.address(),
                        p.uprn().map(Object::toString).getOrNull(), p.uprn().map(u -> "/visits?uprn="
                                + URLEncoder.encode(u.value(), StandardCharsets.UTF_8)).getOrNull())).toJavaList();
                more = listed.more();
            }
        }
        pages.render(ctx, "visits-properties.jte", new PropertiesByAddressPage(frame, search, searched, properties,
                more, phone.orElse(null)));
    }

    private static String reason(Refusal refusal, String field) {
        return refusal.problems().filter(p -> p.field().equals(field)).map(Refusal.Problem::reason).headOption()
                .getOrNull();
    }
}
