using System.Security.Claims;
using Portal.Accounts;
using Portal.Tests.Support;

namespace Portal.Tests.Permissions;

/// <summary>Who acts in the permission matrix: each role in 读者服务部 (own) and in 分馆与流通站 (other), a kiosk and an API token.</summary>
public sealed record Actor(string Name, string? Role, bool OwnDivision, bool ByToken = false, bool Kiosk = false)
{
    public static readonly IReadOnlyList<Actor> All =
    [
        new("staff.own", PortalRoles.Staff, true), new("staff.other", PortalRoles.Staff, false),
        new("lead.own", PortalRoles.TeamLead, true), new("lead.other", PortalRoles.TeamLead, false),
        new("director.own", PortalRoles.Director, true), new("director.other", PortalRoles.Director, false),
        new("viewer.own", PortalRoles.Viewer, true), new("viewer.other", PortalRoles.Viewer, false),
        new("admin.own", PortalRoles.Admin, true), new("admin.other", PortalRoles.Admin, false),
        new("lead.token", PortalRoles.TeamLead, true, ByToken: true), new("大屏：一楼大厅", null, false, Kiosk: true),
    ];

    public bool May(Rule rule) => !Kiosk && (Role == PortalRoles.Admin || rule switch
    {
        Rule.Division => OwnDivision && Role is PortalRoles.Staff or PortalRoles.TeamLead,
        Rule.Close => OwnDivision && Role == PortalRoles.TeamLead,
        Rule.Review => Role == PortalRoles.Director,
        _ => false,
    });

    public override string ToString() => Name;
}

/// <summary>One portal with an account (and principal, as sign-in builds it) for every <see cref="Actor"/>.</summary>
public sealed class MatrixPortal : IAsyncLifetime
{
    public PortalFactory Portal { get; } = new();

    public Dictionary<string, ClaimsPrincipal> Principals { get; } = [];

    /// <summary>Each actor's HTTP client: a bearer API token of its account, or the kiosk token.</summary>
    public Dictionary<string, HttpClient> Clients { get; } = [];

    public string TargetId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        foreach (var actor in Actor.All)
        {
            if (actor.Kiosk)
            {
                var kiosk = (await Portal.CreateKioskTokenAsync("一楼大厅")).Secret;
                (Principals[actor.Name], Clients[actor.Name]) = (await Portal.TokenPrincipalAsync(kiosk), Portal.CreateBearerClient(kiosk));
                continue;
            }
            var divisions = actor.Role is PortalRoles.Admin ? [] : new[] { actor.OwnDivision ? WriteWorld.Division : "branches" };
            await Portal.CreateUserAsync(actor.Name, actor.Role!, divisions);
            var token = await Portal.CreateApiTokenAsync(actor.Name);
            Clients[actor.Name] = Portal.CreateBearerClient(token);
            Principals[actor.Name] = actor.ByToken ? await Portal.TokenPrincipalAsync(token) : await Portal.SignedInAsync(actor.Name);
        }
        await Portal.CreateUserAsync(WriteWorld.Target, PortalRoles.Staff, WriteWorld.Division);
        TargetId = await Portal.IdOfAsync(WriteWorld.Target);
        WriteWorld.Item = Portal.Plan2013.Items.Values.First(i => i.Owner == WriteWorld.Division).ItemCode;
    }

    public async Task DisposeAsync() => await Portal.DisposeAsync();
}
