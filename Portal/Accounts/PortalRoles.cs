namespace Portal.Accounts;

/// <summary>The portal's roles. Kiosk is never given to an account: only a wall token's principal carries it.</summary>
public static class PortalRoles
{
    public const string Staff = "Staff";
    public const string TeamLead = "TeamLead";
    public const string Director = "Director";
    public const string Viewer = "Viewer";
    public const string Admin = "Admin";
    public const string Kiosk = "Kiosk";

    /// <summary>Roles an account can hold, in the order the admin page lists them.</summary>
    public static readonly IReadOnlyList<string> Assignable = [Staff, TeamLead, Director, Viewer, Admin];

    public static bool IsAssignable(string role) => Assignable.Contains(role, StringComparer.Ordinal);

    /// <summary>The role's name in the UI (the role names themselves stay English: they are an API contract).</summary>
    public static string DisplayName(string role) => role switch
    {
        Staff => AccountMessages.Text["Role.Staff"],
        TeamLead => AccountMessages.Text["Role.TeamLead"],
        Director => AccountMessages.Text["Role.Director"],
        Viewer => AccountMessages.Text["Role.Viewer"],
        Admin => AccountMessages.Text["Role.Admin"],
        Kiosk => AccountMessages.Text["Role.Kiosk"],
        _ => role,
    };
}
