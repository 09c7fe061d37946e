package org.jiceng.assessment.web;

import java.time.LocalDate;
import java.util.List;
import org.jiceng.assessment.internal.project.ProjectView;
import org.jiceng.assessment.internal.project.LivelihoodProjects;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Component;

/** A project as the residents' progress board shows it: the plan, money, progress and milestones, no person. */
@Component
class ProjectBoard {

    private final LivelihoodProjects projects;
    private final TerritoryApi territory;

    ProjectBoard(LivelihoodProjects projects, TerritoryApi territory) {
        this.projects = projects;
        this.territory = territory;
    }

    record BoardMilestone(String title, LocalDate dueOn, LocalDate doneOn) {
    }

    record BoardProject(long id, String kindName, String title, String description, String place, String unitName,
                        String budgetYuan, String spentYuan, int progress, String statusName,
                        List<BoardMilestone> milestones) {
    }

    BoardProject of(ProjectView p) {
        String place = territory.division(p.territoryCode()).map(DivisionView::name).orElse(p.territoryCode());
        return new BoardProject(p.id(), p.kindLabel(), p.title(), p.description(), place, p.unitName(), p.budgetYuan(),
                p.spentYuan(), p.progress(), p.statusLabel(), projects.milestones(p).stream()
                .map(m -> new BoardMilestone(m.title(), m.dueOn(), m.doneOn())).toList());
    }
}
