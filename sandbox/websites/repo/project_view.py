"""Rendering a page inside a project: adds what the project sidebar and header show."""

from __future__ import annotations

from fastapi import Request

from .access import ProjectAccess
from .gitops import branch_names
from .pages import templates


def project_page(request: Request, access: ProjectAccess, name: str, status_code: int = 200,
                 **context: object):
    db, project = request.state.tenant.db, access.project
    counts = db.execute(
        "SELECT (SELECT COUNT(*) FROM issues WHERE project_id = :id AND state = 'opened'), "
        "(SELECT COUNT(*) FROM merge_requests WHERE project_id = :id AND state = 'opened'), "
        "(SELECT COUNT(*) FROM project_stars WHERE project_id = :id), "
        "(SELECT COUNT(*) FROM project_stars WHERE project_id = :id AND user_id = :user)",
        {"id": project["id"], "user": access.user["id"] if access.user else 0},
    ).fetchone()
    return templates.page(
        request, name, status_code, access=access, project=project,
        base=f"/{project['full_path']}", branch_list=branch_names(db, project["id"]),
        open_issues=counts[0], open_mrs=counts[1], n_stars=counts[2], starred=bool(counts[3]),
        **context,
    )
