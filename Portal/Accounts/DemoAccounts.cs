namespace Portal.Accounts;

/// <summary>One account per role, created by --demo, with the passwords printed in the README. Demo only.</summary>
public static class DemoAccounts
{
    public sealed record Account(string UserName, string DisplayName, string Role, string[] Divisions, string Password);

    public static readonly IReadOnlyList<Account> All =
    [
        new("staff", "演示填报员", PortalRoles.Staff, ["reader-services"], "demo-staff-2013"),
        new("lead", "演示部门负责人", PortalRoles.TeamLead, ["reader-services"], "demo-lead-2013"),
        new("director", "演示馆领导", PortalRoles.Director, [], "demo-director-2013"),
        new("viewer", "演示只读用户", PortalRoles.Viewer, [], "demo-viewer-2013"),
        new("admin", "演示管理员", PortalRoles.Admin, [], "demo-admin-2013"),
    ];
}
