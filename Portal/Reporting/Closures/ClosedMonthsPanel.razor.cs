using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.Data.Entities;
using Portal.Live;
using Portal.Plans;

using Portal.Addresses;

namespace Portal.Reporting.Closures;

public partial class ClosedMonthsPanel
{
    [Parameter, EditorRequired] public int Year { get; set; }
    [Parameter] public bool Editable { get; set; }
    [CascadingParameter] public Task<AuthenticationState>? Auth { get; set; }

    private PlanState? _plan;
    private ClaimsPrincipal _user = new(new ClaimsIdentity());
    private Dictionary<(string, int), MonthClose> _closed = [];

    protected override async Task OnParametersSetAsync()
    {
        _plan = Store.Find(Year);
        if (Auth is not null) _user = (await Auth).User;
        await LoadAsync();
    }

    private string BoardLink(int month) =>
        Store.Plans.FirstOrDefault()?.Plan.Year == Year ? Nav.Under($"/reporting?month={month}") : Nav.Under($"/reporting?year={Year}&month={month}");

    private async Task LoadAsync()
    {
        var closed = await Periods.ClosedAsync(Year);
        _closed = closed.ToDictionary(c => (c.Division, c.Month));
    }
}
