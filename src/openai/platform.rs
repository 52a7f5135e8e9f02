//! Pages on platform.openai.com that fix a problem (reference section 8, all [C]).

pub const PLATFORM: &str = "https://platform.openai.com";

pub fn api_keys() -> String {
    format!("{PLATFORM}/settings/organization/api-keys")
}

/// The project's own key page when its id is known, else the organization's key page.
pub fn project_api_keys(project_id: Option<&str>) -> String {
    match project_id.filter(|p| p.starts_with("proj_")) {
        Some(project) => format!("{PLATFORM}/settings/{project}/api-keys"),
        None => api_keys(),
    }
}

pub fn project_members(project_id: &str) -> String {
    format!("{PLATFORM}/settings/{project_id}/people/members")
}

/// Spend limit and model allow-list of a project.
pub fn project_limits(project_id: &str) -> String {
    format!("{PLATFORM}/settings/{project_id}/limits")
}

/// The organization's projects, archived ones included [I].
pub fn organization_projects() -> String {
    format!("{PLATFORM}/settings/organization/projects")
}

pub fn admin_keys() -> String {
    format!("{PLATFORM}/settings/organization/admin-keys")
}

pub fn organization_general() -> String {
    format!("{PLATFORM}/settings/organization/general")
}

pub fn organization_people() -> String {
    format!("{PLATFORM}/settings/organization/people")
}

pub fn organization_limits() -> String {
    format!("{PLATFORM}/settings/organization/limits")
}

pub fn billing() -> String {
    format!("{PLATFORM}/settings/organization/billing")
}

pub fn billing_overview() -> String {
    format!("{PLATFORM}/settings/organization/billing/overview")
}

pub fn usage_dashboard() -> String {
    format!("{PLATFORM}/settings/organization/usage")
}

pub fn ip_allowlist() -> String {
    format!("{PLATFORM}/settings/organization/security/ip-allowlist")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn project_key_page_uses_the_project_id_when_known() {
        assert_eq!(
            project_api_keys(Some("proj_abc")),
            "https://platform.openai.com/settings/proj_abc/api-keys"
        );
        assert_eq!(project_api_keys(None), api_keys());
        assert_eq!(project_api_keys(Some("nonsense")), api_keys());
    }
}
