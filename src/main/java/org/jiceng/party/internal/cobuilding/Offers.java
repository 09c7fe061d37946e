package org.jiceng.party.internal.cobuilding;

import java.util.List;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Cursor;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.party.internal.cobuilding.ProjectRepository.Offer;
import org.jiceng.party.internal.cobuilding.ProjectRepository.Registrant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What units and members registered with a community offer it (资源清单), and who is registered there. */
@Service
public class Offers {

    static final int TITLE_MAX = 60;
    static final int TEXT_MAX = 1000;
    static final int WHEN_MAX = 100;

    private final ProjectRepository projects;

    Offers(ProjectRepository projects) {
        this.projects = projects;
    }

    public record OfferRequest(Long registrationId, String title, String description, String available) {
    }

    public record OfferView(long id, String communityCode, long registrationId, String registrant, String title,
                            String description, String available, String status, String statusName) {
        static OfferView of(Offer o) {
            return new OfferView(o.id(), o.communityCode(), o.registrationId(), o.registrant(), o.title(),
                    o.description(), o.available(), o.status(), Offers.status(o.status()));
        }
    }

    /** The units and members registered with a community, as a page offers them to choose. */
    public record RegistrantView(long id, String name, boolean unit, String organisationName) {
    }

    @Transactional
    public long offer(OfferRequest request, CurrentUser user) {
        Scope scope = CoBuildingAccess.where(user, Resource.CO_BUILDING, Action.CREATE);
        long id = Input.id(request.registrationId(), "registrationId", "报到单位或党员");
        Registrant registrant = projects.registrant(id, scope)
                .orElseThrow(() -> new NotFoundException("报到记录 " + id + " 不存在或不在您的辖区内"));
        String title = Input.text(request.title(), "title", "资源名称", 2, TITLE_MAX);
        String description = Input.text(request.description(), "description", "资源说明", 1, TEXT_MAX);
        String available = Input.text(request.available(), "available", "可提供时间", 1, WHEN_MAX);
        return projects.insertOffer(registrant, title, description, available, user.id());
    }

    public Page<OfferView> offers(Scope scope, String after, int limit) {
        return Page.byId(projects.offers(scope, Cursor.idBelow(after), limit + 1).stream().map(OfferView::of).toList(),
                limit, OfferView::id);
    }

    public OfferView offer(long id, CurrentUser user) {
        return projects.offer(id, CoBuildingAccess.reads(user)).map(OfferView::of)
                .orElseThrow(() -> new NotFoundException("资源 " + id + " 不存在或不在您的辖区内"));
    }

    public List<RegistrantView> registrants(String community, CurrentUser user) {
        return projects.registrants(community, CoBuildingAccess.reads(user)).stream()
                .map(r -> new RegistrantView(r.id(), r.name(), r.unit(), r.organisationName())).toList();
    }

    static String status(String status) {
        return switch (status) {
            case "OPEN" -> "待对接";
            case "MATCHED" -> "已对接";
            default -> "已撤回";
        };
    }
}
