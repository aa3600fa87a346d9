using Portal.Data.Demo;

namespace Portal.Accounts;

/// <summary>One account per role, created by --demo, with the passwords printed in the README. Demo only.</summary>
public static class DemoAccounts
{
    public sealed record Account(string UserName, string DisplayName, string Role, string[] Divisions, string Password);

    public static readonly IReadOnlyList<Account> All =
    [
        new("staff", DemoContent.AccountName("staff"), PortalRoles.Staff, ["reader-services"], "demo-staff-2013"),
        new("lead", DemoContent.AccountName("lead"), PortalRoles.TeamLead, ["reader-services"], "demo-lead-2013"),
        new("director", DemoContent.AccountName("director"), PortalRoles.Director, [], "demo-director-2013"),
        new("viewer", DemoContent.AccountName("viewer"), PortalRoles.Viewer, [], "demo-viewer-2013"),
        new("admin", DemoContent.AccountName("admin"), PortalRoles.Admin, [], "demo-admin-2013"),
    ];
}
