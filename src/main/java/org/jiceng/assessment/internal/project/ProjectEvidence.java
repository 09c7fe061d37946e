package org.jiceng.assessment.internal.project;

import java.time.Clock;
import java.util.Set;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Photos and documents of a project's progress: uploaded by those who report on it, read by those who read it. */
@Service
public class ProjectEvidence {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "application/pdf");

    private final LivelihoodProjects projects;
    private final LivelihoodProjectRepository repository;
    private final Clock clock;

    ProjectEvidence(LivelihoodProjects projects, LivelihoodProjectRepository repository, Clock clock) {
        this.projects = projects;
        this.repository = repository;
        this.clock = clock;
    }

    public record File(EvidenceView evidence, byte[] content) {
    }

    @Transactional
    public long upload(long projectId, String fileName, String contentType, byte[] content, CurrentUser user) {
        ProjectView p = projects.find(projectId, user, Action.ACT);
        if (content == null || content.length == 0) {
            throw new BadInputException("file", "请选择要上传的照片或文件");
        }
        if (content.length > MAX_BYTES) {
            throw new BadInputException("file", "文件不能超过 5 MB");
        }
        String type = contentType == null ? "" : contentType.strip().toLowerCase();
        if (!TYPES.contains(type)) {
            throw new BadInputException("file", "只能上传 JPEG、PNG 照片或 PDF 文件");
        }
        String name = fileName == null || fileName.isBlank() ? "佐证材料" : fileName.strip();
        if (name.length() > 120) {
            name = name.substring(name.length() - 120);
        }
        return repository.addEvidence(p, name, type, content, user.id(), clock.instant());
    }

    public File download(long projectId, long evidenceId, CurrentUser user) {
        ProjectView p = projects.find(projectId, user, Action.READ);
        EvidenceView evidence = repository.evidence(p).stream().filter(e -> e.id() == evidenceId).findFirst()
                .orElseThrow(() -> new NotFoundException("佐证材料 " + evidenceId + " 不存在"));
        return new File(evidence, repository.evidenceContent(p, evidenceId).orElseThrow());
    }
}
